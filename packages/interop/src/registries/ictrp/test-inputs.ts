// Inputs for the tests of the DRKS and ICTRP readers (not part of the package's API).

const n = 50_000;
/** Long cells of the shapes that make backtracking regular expressions slow. */
export const stress = [
  `${' '.repeat(n)}x`,
  `${'a'.repeat(n)} b`,
  '1'.repeat(n),
  `${'-'.repeat(n)}x`,
  ':'.repeat(n),
  '/'.repeat(n),
  `<br${' '.repeat(n)}`,
  '<br>'.repeat(n / 4),
  '&#'.repeat(n / 2),
  `${';'.repeat(n)}a`,
  `${'\t'.repeat(n)}x`,
  `${'\n'.repeat(n)}x`,
  'phase '.repeat(n / 6),
  '(phase i): '.repeat(n / 11),
  'allocation: '.repeat(n / 12),
  `allocation:${' '.repeat(n)}`,
  'female '.repeat(n / 7),
  `http://${'a'.repeat(n)} b`,
  `a@${'.a'.repeat(n / 2)} `,
  `ChiCTR-${'-'.repeat(n)}x`,
  `NCT${'0'.repeat(n)}`,
  `${'2023-'.repeat(n / 5)}`,
];
