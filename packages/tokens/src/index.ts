export { cssVar, cssVarName, type TokenSet, themeAttribute, tokensToCss } from './css';
export { kernAliases } from './kern';
export { type ContrastPair, type ContrastUse, contrastPairs, minimumContrast } from './pairs';
export {
  type ColorToken,
  color,
  dataPalette,
  dataPaletteHues,
  forcedColors,
  type MetricToken,
  type MotionToken,
  metric,
  motion,
  okabeIto,
  type Theme,
  type ThemedColor,
  type TokenGroup,
  type TokenName,
  type Tokens,
  type TypographyToken,
  themes,
  tokens,
  typography,
} from './tokens';
