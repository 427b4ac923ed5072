import type { StatsReadOptions } from '../dataset';

export interface SdmxReadOptions extends StatsReadOptions {
  /**
   * The region of every observation when the data have no geographic dimension (REF_AREA, GEO),
   * e.g. `DE` for a national series. Without it such data give no observations, and an issue.
   */
  readonly region?: string;
}
