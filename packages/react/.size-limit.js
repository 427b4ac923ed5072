// Bundle budgets, gzip, React and ReactDOM excluded (the portal brings them). Run by `pnpm test`:
// size-limit prints each size and fails when one is over its limit. Of DataTable's size, about
// 10.5 kB is TanStack Virtual (virtual-core 3.19); the widgets' own code is about 4 kB. Every widget
// carries the whole de/en catalogue (about 1.2 kB with the trial texts). TrialCard's size is mostly
// core: its code lists with their labels (and the zod enums they define) and the region registry.
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
    '17.5 kB',
  ),
  widget('DataTable', 'DataTable', '16.5 kB'),
  widget('FacetFilter', 'FacetFilter', '4 kB'),
  widget('LocaleSwitcher', 'LocaleSwitcher', '3.5 kB'),
  widget('TrialCard, TrialDetail', 'TrialCard, TrialDetail', '14.5 kB'),
  { name: 'styles.css', path: 'dist/styles.css', gzip: true, limit: '1.5 kB' },
];
