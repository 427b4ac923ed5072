// Bundle budgets, gzip, React and ReactDOM excluded (the portal brings them). Run by `pnpm test`:
// size-limit prints each size and fails when one is over its limit. Of DataTable's size, about
// 10.5 kB is TanStack Virtual (virtual-core 3.19); the widgets' own code is about 4 kB.
const ignore = ['react', 'react-dom'];

const widget = (name, imports, limit) => ({
  name,
  path: 'dist/index.js',
  import: `{ ${imports} }`,
  ignore,
  gzip: true,
  limit,
  // esbuild notes that @nrw-health/core's chunks are side-effect free: true, and not ours to act on.
  modifyEsbuildConfig: (config) => ({ ...config, logLevel: 'error' }),
});

export default [
  widget(
    'foundation: NrwHealthProvider, DataTable, FacetFilter, LocaleSwitcher',
    'NrwHealthProvider, useNrwHealth, DataTable, FacetFilter, LocaleSwitcher',
    '16 kB',
  ),
  widget('DataTable', 'DataTable', '15 kB'),
  widget('FacetFilter', 'FacetFilter', '3 kB'),
  widget('LocaleSwitcher', 'LocaleSwitcher', '2.5 kB'),
  { name: 'styles.css', path: 'dist/styles.css', gzip: true, limit: '1.5 kB' },
];
