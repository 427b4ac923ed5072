// Bundle budgets, gzip, React and ReactDOM excluded (the portal brings them). Run by `pnpm test`:
// size-limit prints each size and fails when one is over its limit. The issues' budgets are the
// limits where they set one (TrialFinder 30 kB, ActorDirectory 25 kB, IndicatorChart 20 kB,
// RegionTileMap 10 kB, the tokens' CSS 10 kB, the whole package 80 kB); the other limits sit just
// above today's size, so a regression shows. Each widget loads only its own texts (messages.ts).
const ignore = ['react', 'react-dom'];

const widget = (name, imports, limit) => ({
  name,
  path: 'dist/index.js',
  import: imports === '*' ? '*' : `{ ${imports} }`,
  ignore,
  gzip: true,
  limit,
  // esbuild notes that @nrw-health/core's chunks are side-effect free: true, and not ours to act on.
  modifyEsbuildConfig: (config) => ({ ...config, logLevel: 'error' }),
});

export default [
  widget('the whole package', '*', '80 kB'),
  widget(
    'foundation: NrwHealthProvider, DataTable, FacetFilter, LocaleSwitcher',
    'NrwHealthProvider, useNrwHealth, DataTable, FacetFilter, LocaleSwitcher',
    '16.5 kB',
  ),
  // About 10.5 kB of it is TanStack Virtual (virtual-core); the table's own code about 4 kB.
  widget('DataTable', 'DataTable', '15.5 kB'),
  widget('FacetFilter', 'FacetFilter', '3.5 kB'),
  widget('LocaleSwitcher', 'LocaleSwitcher', '3 kB'),
  // Mostly core: the code lists' labels and the region registry.
  widget('TrialCard, TrialDetail', 'TrialCard, TrialDetail', '10 kB'),
  // TrialCard's parts, FacetFilter, its own search index, facets, pages and texts.
  widget('TrialFinder', 'TrialFinder', '30 kB'),
  // Native radios and <dialog> (not react-aria's tabs and dialog, about 29 kB), and DataTable's
  // rows without TanStack Virtual.
  widget('ActorDirectory', 'ActorDirectory', '25 kB'),
  // Its classes need no d3-scale, whose module keeps d3-array's top-level work.
  widget('RegionTileMap', 'RegionTileMap', '10 kB'),
  // RegionTileMap's parts, plus d3-geo (about 10 kB) and topojson-client (0.7 kB).
  widget('GeoChoropleth', 'GeoChoropleth', '22 kB'),
  // d3-shape is about 4.3 kB of it; the scales are the chart's own (d3-scale's would add 13 kB).
  widget('IndicatorChart', 'IndicatorChart', '20 kB'),
  widget('KpiTile', 'KpiTile', '9 kB'),
  // core's aggregateRegion checks its input with core's validators, which bring zod.
  widget('RegionComparison', 'RegionComparison', '35 kB'),
  { name: 'styles.css (every widget)', path: 'dist/styles.css', gzip: true, limit: '4.5 kB' },
  {
    name: 'tokens.css (@nrw-health/tokens)',
    path: '../tokens/dist/tokens.css',
    gzip: true,
    limit: '10 kB',
  },
];
