// Props tables for the widgets. The stories import @nrw-health/react as a portal does, from its
// built `dist`, where Storybook's docgen (which reads source files) finds no types. The published
// type declarations (`dist/index.d.ts`) have them, with every prop's comment: this plugin reads
// them with react-docgen-typescript, the parser behind Storybook's own React props tables, and
// serves the result as a virtual module that preview.tsx attaches to the components.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

const virtualId = 'virtual:nrw-health/docgen';
const resolvedId = `\0${virtualId}`;

interface PropDoc {
  readonly name: string;
  readonly parent?: { readonly name: string };
  type: { readonly name: string };
}

/** The part of react-docgen-typescript's API used here. */
interface DocgenParser {
  withCompilerOptions(
    compilerOptions: ts.CompilerOptions,
    parserOptions: Record<string, unknown>,
  ): { parse(files: string[]): { displayName: string; props: Record<string, PropDoc> }[] };
}

// react-docgen-typescript is a dependency of Storybook's React renderer: reached through the
// framework, it always matches the Storybook in use and the app adds no dependency of its own.
function docgenParser(): DocgenParser {
  const fromApp = createRequire(import.meta.url);
  const fromFramework = createRequire(fromApp.resolve('@storybook/react-vite/package.json'));
  const fromRenderer = createRequire(fromFramework.resolve('@storybook/react/package.json'));
  return fromRenderer('react-docgen-typescript') as DocgenParser;
}

/** `@nrw-health/react`'s type declarations for its ESM entry, as its package.json names them. */
function declarationsOf(packageName: string): string {
  const manifestPath = createRequire(import.meta.url).resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { '.': { import: { types: string } } };
  };
  return join(dirname(manifestPath), manifest.exports['.'].import.types);
}

/** Each interface property's type as the declarations write it, by `Interface.property`. */
function writtenTypes(declarations: string): Map<string, string> {
  const source = ts.createSourceFile(
    declarations,
    readFileSync(declarations, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const types = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) {
          types.set(
            `${node.name.text}.${member.name.getText(source)}`,
            member.type.getText(source),
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return types;
}

/** Longer than this, an expanded type (a whole `Trial`) reads better as the name it was written with. */
const readableTypeLength = 80;

export function widgetDocgen(packageName = '@nrw-health/react'): Plugin {
  return {
    name: 'nrw-health:widget-docgen',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      // Story tests run without the docs addon: no props tables to fill, so skip the parse.
      if (process.env.VITEST) return 'export default {};';
      const declarations = declarationsOf(packageName);
      this.addWatchFile(declarations);
      const docs = docgenParser()
        .withCompilerOptions(
          // `types: []`: the declarations import what they need; the @types packages around
          // would only add parse time (about a third here).
          { strict: true, skipLibCheck: true, jsx: ts.JsxEmit.ReactJSX, types: [] },
          // Storybook's defaults for react-docgen-typescript.
          {
            shouldExtractLiteralValuesFromEnum: true,
            shouldRemoveUndefinedFromOptional: true,
            savePropValueAsString: true,
          },
        )
        .parse([declarations])
        // Type aliases come back as "components" without props; only the widgets have props.
        .filter((doc) => Object.keys(doc.props).length > 0);
      const written = writtenTypes(declarations);
      for (const prop of docs.flatMap((doc) => Object.values(doc.props))) {
        const short = written.get(`${prop.parent?.name}.${prop.name}`);
        if (short && prop.type.name !== 'enum' && prop.type.name.length > readableTypeLength) {
          prop.type = { ...prop.type, name: short };
        }
      }
      const byName = Object.fromEntries(docs.map((doc) => [doc.displayName, doc]));
      return `export default ${JSON.stringify(byName)};`;
    },
  };
}
