import type { StatsReadOptions } from '../dataset';

export interface GenesisReadOptions extends StatsReadOptions {
  /**
   * The layout: `table` (a table as downloaded, "Werteabruf", with title and header rows) or
   * `flat` (GENESIS-Online's flat file, ffcsv). Default: told from the first row.
   */
  readonly format?: 'table' | 'flat';
  /**
   * How a flat file writes decimals: `,` (German download) or `.` (English download). Default:
   * told from the values (a comma anywhere means German). Tables are always German.
   */
  readonly decimal?: ',' | '.';
  /** The region of every observation when the table has no region column (a national table). */
  readonly region?: string;
}
