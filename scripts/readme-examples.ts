// Test helper shared by the packages: a README's ```ts examples are runnable. Each block runs,
// with the package's own imports pointed at its sources, and every `console.log(…) // output`
// line must print that output.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { formatWithOptions } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** The outputs a block promises: `console.log(…); // out`, and `// out` lines after a loop's `}`. */
function promisedOutputs(block: string): string[] {
  const lines = block.split('\n');
  return lines.flatMap((line, index) => {
    const inline = line.match(/^\s*console\.log\(.*\);? \/\/ (.*)$/);
    if (inline) return [inline[1]!];
    // The end of a console.log call that the formatter wrapped over several lines.
    const wrapped = line.match(/^\s*\);? \/\/ (.*)$/);
    if (wrapped) return [wrapped[1]!];
    // Comment lines right after a loop's closing `}` are the loop's outputs, one per line.
    const afterLoop = line.match(/^\/\/ (.*)$/);
    let previous = index - 1;
    while (previous >= 0 && lines[previous]!.startsWith('// ')) previous--;
    return afterLoop && lines[previous]?.trim() === '}' ? [afterLoop[1]!] : [];
  });
}

const squash = (text: string) => text.replace(/([[{]) /g, '$1').replace(/ ([\]}])/g, '$1');

function matches(printed: string, promised: string): boolean {
  const [head] = promised.split('…');
  if (promised.includes('…')) return squash(printed).startsWith(squash(head!).trim());
  // A promise may explain itself after a colon: `true: the check digit fits`.
  return printed === promised || promised.startsWith(`${printed}: `);
}

/**
 * Tests every ```ts block of the package README at `packageRoot`; `imports` maps import
 * specifiers (as quoted in the README) to the files the test should use instead.
 */
export function describeReadmeExamples(packageRoot: URL, imports: Record<string, string>): void {
  const readme = readFileSync(new URL('README.md', packageRoot), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const scratch = new URL('node_modules/.cache/readme-examples/', packageRoot);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  describe('README examples', () => {
    it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(2));

    it.each(blocks.map((block, index) => [index, block]))(
      'example %i runs and prints what it says',
      async (index, block) => {
        mkdirSync(scratch, { recursive: true });
        const file = new URL(`example-${index}.ts`, scratch);
        let code = block;
        for (const [specifier, target] of Object.entries(imports)) {
          code = code.replaceAll(`'${specifier}`, `'${target}`);
        }
        writeFileSync(file, code);
        const printed: string[] = [];
        const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
          printed.push(formatWithOptions({ breakLength: Number.POSITIVE_INFINITY }, ...args));
        });
        try {
          await import(/* @vite-ignore */ file.href);
        } finally {
          log.mockRestore();
        }
        const promised = promisedOutputs(block);
        expect(printed.length).toBe(promised.length);
        promised.forEach((expected, line) => {
          expect(
            matches(printed[line]!, expected),
            `printed ${printed[line]}, README says ${expected}`,
          ).toBe(true);
        });
      },
    );
  });
}
