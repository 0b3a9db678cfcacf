// The US as a tile grid (one labelled square per state), shaded by how many schools match; every tile is a
// keyboard-focusable link to the directory filtered to that state. Pure SVG: no tiles, no scripts.
import { GRID_COLUMNS, GRID_ROWS, TILES, shadeStep } from '@/lib/map/tile-grid';

const CELL = 60;
const GAP = 4;
export const SHADES = [
  { fill: '#f1f5f9', text: '#334155' },
  { fill: '#d9eaff', text: '#0f2f5c' },
  { fill: '#93c5fd', text: '#0f2f5c' },
  { fill: '#1d5fb8', text: '#ffffff' },
  { fill: '#0f2f5c', text: '#ffffff' },
];

type Props = { counts: Record<string, number>; hrefFor: (state: string) => string; nameOf: (state: string) => string; selected: string[] };

export function TileMap({ counts, hrefFor, nameOf, selected }: Props) {
  const max = Math.max(0, ...Object.values(counts));
  return (
    <svg
      viewBox={`0 0 ${GRID_COLUMNS * CELL} ${GRID_ROWS * CELL}`}
      className="tile-map h-auto w-full max-w-3xl"
      aria-labelledby="tile-map-title"
      data-testid="tile-map"
    >
      <title id="tile-map-title">Map of US states; each square is a state, darker squares have more matching schools</title>
      {TILES.map(({ state, col, row }) => {
        const count = counts[state.toLowerCase()] ?? 0;
        const shade = SHADES[shadeStep(count, max)];
        const x = col * CELL + GAP / 2;
        const y = row * CELL + GAP / 2;
        const size = CELL - GAP;
        const isSelected = selected.includes(state.toLowerCase());
        return (
          <a key={state} href={hrefFor(state)} aria-label={`${nameOf(state)}: ${count} ${count === 1 ? 'school' : 'schools'}`} data-state={state}>
            <rect x={x} y={y} width={size} height={size} rx={4} fill={shade.fill} stroke={isSelected ? '#b45309' : '#94a3b8'} strokeWidth={isSelected ? 3 : 1} />
            <text x={x + size / 2} y={y + 22} textAnchor="middle" fontSize={15} fontWeight={700} fill={shade.text}>
              {state}
            </text>
            <text x={x + size / 2} y={y + 44} textAnchor="middle" fontSize={15} fill={shade.text}>
              {count}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

/** What each shade means for the current maximum, e.g. "1–2", "3–4"; shown next to the map. */
export function shadeLegend(max: number): { shade: (typeof SHADES)[number]; label: string }[] {
  const out = [{ shade: SHADES[0], label: 'none' }];
  if (max <= 0) return out;
  for (let step = 1; step <= 4; step++) {
    const from = Math.floor(((step - 1) * max) / 4) + 1;
    const to = Math.floor((step * max) / 4);
    if (to >= from) out.push({ shade: SHADES[step], label: from === to ? String(from) : `${from}–${to}` });
  }
  return out;
}
