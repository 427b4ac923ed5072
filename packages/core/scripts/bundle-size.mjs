// Bundles single exports of the built package the way an app's bundler would (esbuild, minified,
// ESM, browser) and measures them gzipped. Used by `pnpm bench` and by the bundle tests.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packageRoot = new URL('..', import.meta.url).pathname;

/**
 * @param {string[]} names exports of @nrw-health/core to import
 * @returns {Promise<{ code: string, bytes: number, gzip: number }>}
 */
export async function bundleOf(names) {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from './dist/index.js';`,
      resolveDir: packageRoot,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  for (const names of [
    ['validateTrial'],
    ['validateActor'],
    ['validateObservation'],
    ['findRegion'],
    ['isValidIdentifier'],
  ]) {
    const { bytes, gzip } = await bundleOf(names);
    rows.push({
      import: names.join(', '),
      'minified kB': (bytes / 1000).toFixed(1),
      'gzip kB': (gzip / 1000).toFixed(1),
    });
  }
  console.log(
    'Bundle size of single imports from @nrw-health/core (esbuild, minified; goal for validateTrial: 25 kB gzip or less)',
  );
  console.table(rows);
}
