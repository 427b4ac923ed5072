/** A district's place in a tile grid: column from the west, row from the north, both from 0. */
export interface TilePlace {
  readonly ags: string;
  readonly col: number;
  readonly row: number;
}

export type RegionSet = 'ruhr' | 'nrw';

// The grids are drawn by hand, row by row from the north, as `AGS:column` (the NRW grid adds each
// district's short form: `AGS:column:code`). A tile grid gives each district the same size, so
// the dense Ruhr cities push their neighbours apart: the aim is that neighbours stay neighbours
// and west–east and north–south order hold for nearly every pair (checked against real district
// centroids in layout.test.ts).
const grid = (rows: readonly string[]): readonly TilePlace[] =>
  rows.flatMap((line, row) =>
    line.split(' ').map((cell) => {
      const [ags, col] = cell.split(':');
      return { ags: ags!, col: Number(col), row };
    }),
  );

/** The 15 members of the RVR: Wesel, Recklinghausen and Hamm on top, Ennepe-Ruhr at the bottom. */
const ruhr = /* @__PURE__ */ grid([
  '05170:0 05562:3 05915:5',
  '05119:0 05512:1 05513:2 05916:3 05913:4 05978:5',
  '05112:0 05117:1 05113:2 05911:3 05914:4',
  '05954:3',
]);

/**
 * The 53 districts of NRW: Münsterland and Ostwestfalen-Lippe in the north, the Ruhr in rows
 * 2–5, the Rhineland and Bergisches Land below, Sauerland and Siegerland in the east.
 */
const nrwRows = [
  '05566:6:ST 05758:9:HF 05770:10:MI',
  '05554:4:BOR 05558:5:COE 05515:6:MS 05570:7:WAF 05754:8:GT 05711:9:BI 05766:10:LIP',
  '05154:1:KLE 05170:2:WES 05562:5:RE 05915:7:HAM 05774:9:PB 05762:10:HX',
  '05119:2:OB 05512:3:BOT 05513:4:GE 05916:5:HER 05913:6:DO 05978:7:UN 05974:8:SO',
  '05114:1:KR 05112:2:DU 05117:3:MH 05113:4:E 05911:5:BO 05914:6:HA 05962:7:MK 05958:8:HSK',
  '05166:1:VIE 05111:2:D 05158:3:ME 05124:4:W 05954:5:EN',
  '05116:1:MG 05162:2:NE 05122:3:SG 05120:4:RS',
  '05370:0:HS 05316:3:LEV 05378:4:GL 05374:5:GM 05966:7:OE 05970:8:SI',
  '05334:0:AC 05358:1:DN 05362:2:BM 05315:3:K 05382:4:SU',
  '05366:1:EU 05314:3:BN',
];
const nrw = /* @__PURE__ */ grid(nrwRows);

// Built in a pure call, so that a bundle without the tile map drops it.
/**
 * The official short forms of the 53 districts of NRW: their vehicle registration codes
 * (Unterscheidungszeichen), which people in the region read as the districts' names. Read from
 * the NRW grid, which names each district once, so the codes are not written out twice.
 */
export const districtAbbreviations: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    nrwRows.flatMap((line) =>
      line.split(' ').map((cell) => [cell.slice(0, 5), cell.split(':')[2]!]),
    ),
  ))();

/** The tile grid of each region set, in reading order (row by row, west to east). */
export const tileLayouts: Readonly<Record<RegionSet, readonly TilePlace[]>> = { ruhr, nrw };

/** Columns and rows a layout spans. */
export function layoutSize(places: readonly TilePlace[]): { cols: number; rows: number } {
  let cols = 0;
  let rows = 0;
  for (const place of places) {
    cols = Math.max(cols, place.col + 1);
    rows = Math.max(rows, place.row + 1);
  }
  return { cols, rows };
}
