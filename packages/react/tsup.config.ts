import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// One entry, every widget. `treeshake` (a Rollup pass) drops what esbuild keeps in a single file,
// such as unused React imports, which every portal's bundle would otherwise carry. Rollup drops
// module-level directives, so the client directive for React Server Components is added after
// the build, as the first statement of each built file, with the source map shifted by its line.
// Dependencies and peers stay external; src/testing is not an entry.
const directive = "'use client';\n";

async function markAsClientEntry(file: string) {
  const code = await readFile(file, 'utf8');
  if (code.startsWith(directive)) return;
  await writeFile(file, directive + code);
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string };
  map.mappings = `;${map.mappings}`;
  await writeFile(`${file}.map`, JSON.stringify(map));
}

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // The widgets' stylesheet is plain CSS on the tokens' custom properties: shipped as written.
  onSuccess: async () => {
    await Promise.all([markAsClientEntry('dist/index.js'), markAsClientEntry('dist/index.cjs')]);
    await copyFile('src/styles.css', 'dist/styles.css');
  },
});
