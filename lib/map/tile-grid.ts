// A tile-grid cartogram of the US: every state (plus DC and PR) one square at its approximate place, in the
// familiar 12-column layout used by newsrooms. Hand-written; a unit test checks every state has a tile and
// no two tiles overlap.
export type Tile = { state: string; col: number; row: number };

const ROWS: [number, [string, number][]][] = [
  [0, [['AK', 0], ['ME', 11]]],
  [1, [['WI', 6], ['VT', 10], ['NH', 11]]],
  [2, [['WA', 1], ['ID', 2], ['MT', 3], ['ND', 4], ['MN', 5], ['IL', 6], ['MI', 7], ['NY', 9], ['MA', 10]]],
  [3, [['OR', 1], ['NV', 2], ['WY', 3], ['SD', 4], ['IA', 5], ['IN', 6], ['OH', 7], ['PA', 8], ['NJ', 9], ['CT', 10], ['RI', 11]]],
  [4, [['CA', 1], ['UT', 2], ['CO', 3], ['NE', 4], ['MO', 5], ['KY', 6], ['WV', 7], ['VA', 8], ['MD', 9], ['DE', 10]]],
  [5, [['AZ', 2], ['NM', 3], ['KS', 4], ['AR', 5], ['TN', 6], ['NC', 7], ['SC', 8], ['DC', 9]]],
  [6, [['OK', 4], ['LA', 5], ['MS', 6], ['AL', 7], ['GA', 8]]],
  [7, [['HI', 0], ['TX', 4], ['FL', 9], ['PR', 11]]],
];

export const TILES: Tile[] = ROWS.flatMap(([row, cells]) => cells.map(([state, col]) => ({ state, col, row })));
export const GRID_COLUMNS = 12;
export const GRID_ROWS = 8;

/** Shade step 0 (no school) to 4 (the most schools in any state), so the darkest tile is always the maximum. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}
