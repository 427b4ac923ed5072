// `pnpm demo:build`: the static site in apps/demo/dist (or `--out <dir>`). The client is built
// with Vite, the server entry too; then every page is rendered to HTML in both languages, and the
// trial and download files are written beside them.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { loadTrials, TrialSourceError } from './trials.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
// Relative paths (`--out`, DEMO_TRIALS) are taken from the repository's root, where the README's
// commands run: pnpm and turbo start this script in apps/demo, whoever called them from where.
const cwd = resolve(root, '..', '..');
const out = values.out ? resolve(cwd, values.out) : join(root, 'dist');
const work = join(root, 'node_modules', '.demo-build');
const log = (line) => process.stderr.write(`demo: ${line}\n`);

/**
 * The template with its stylesheets inlined: the site's CSS is a few kilobytes compressed, and a
 * separate file would hold the first paint back by a round trip on a slow connection.
 */
async function inlineStylesheets(template) {
  let html = template;
  for (const [link, href] of template.matchAll(
    /<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g,
  )) {
    const css = await readFile(join(out, href), 'utf8');
    if (css.includes('</style'))
      throw new Error(`${href}: cannot inline a stylesheet that ends a style element`);
    html = html.replace(link, () => `<style>${css}</style>`);
    await rm(join(out, href)); // inlined in every page: the file itself is never asked for
  }
  return html;
}

async function main() {
  const started = performance.now();
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const { trials, source } = await loadTrials({ env: process.env, cwd, work, log });

  const quiet = { root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') };
  await build({ ...quiet, build: { outDir: out, emptyOutDir: true } });
  await build({
    ...quiet,
    // The packages stay external: Node loads their published builds, as in any npm project.
    ssr: { external: true },
    build: { ssr: 'src/entry-server.tsx', outDir: join(work, 'server'), emptyOutDir: true },
  });
  const { buildSite } = await import(pathToFileURL(join(work, 'server', 'entry-server.js')).href);

  const template = await inlineStylesheets(await readFile(join(out, 'index.html'), 'utf8'));

  const builtAt = new Date().toISOString();
  const site = await buildSite({ template, trials, source, builtAt });
  for (const file of site.files) {
    const path = join(out, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  for (const gap of site.gaps)
    log(
      `no JSON-stat for ${gap.indicator}: ${gap.observations} figures share ${gap.cells} cells (its CSV has them all)`,
    );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `${site.pages} pages, ${trials.length} trials, ${site.files.length} files in ${relative(cwd, out) || '.'} (${seconds} s)`,
  );
}

main().catch((error) => {
  if (error instanceof TrialSourceError) {
    log(error.message);
    process.exit(2);
  }
  throw error;
});
