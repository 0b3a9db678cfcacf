// A server-rendered SVG line chart over labelled categories. A missing value breaks the line (a gap, never
// a zero). Series differ by colour and marker shape; the data table next to it carries the numbers.
import { linearScale, niceMax, splitAtGaps, ticks } from '@/lib/charts/scale';

export type LineSeries = { name: string; color: string; marker: 'circle' | 'square' | 'triangle'; values: (number | null)[] };

const W = 720;
const H = 320;
// Room on the left for a long first cycle label ("2006 entering class") drawn at an angle.
const PAD = { top: 16, right: 24, bottom: 72, left: 112 };

function Marker({ shape, x, y, color }: { shape: LineSeries['marker']; x: number; y: number; color: string }) {
  if (shape === 'square') return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={color} />;
  if (shape === 'triangle') return <polygon points={`${x},${y - 6} ${x - 5.5},${y + 4.5} ${x + 5.5},${y + 4.5}`} fill={color} />;
  return <circle cx={x} cy={y} r={4.5} fill={color} />;
}

export function LineChart({ title, categories, series }: { title: string; categories: string[]; series: LineSeries[] }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const y = linearScale([0, max], [H - PAD.bottom, PAD.top]);
  const step = categories.length > 1 ? (W - PAD.left - PAD.right) / (categories.length - 1) : 0;
  const x = (i: number) => (categories.length > 1 ? PAD.left + i * step : (W + PAD.left - PAD.right) / 2);
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-3xl" role="img" aria-label={`${title} (chart; the table below has the numbers)`}>
        {ticks(max).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" fontSize={12} fill="#334155">
              {t.toLocaleString('en-US')}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <text key={c} x={x(i)} y={H - PAD.bottom + 18} textAnchor="end" fontSize={11} fill="#334155" transform={`rotate(-30 ${x(i)} ${H - PAD.bottom + 18})`}>
            {c}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.name}>
            {splitAtGaps(s.values.map((value, i) => ({ value, item: i }))).map((run) => (
              <polyline key={run[0].index} fill="none" stroke={s.color} strokeWidth={2.5} points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')} />
            ))}
            {s.values.map((v, i) => (v === null ? null : <Marker key={i} shape={s.marker} x={x(i)} y={y(v)} color={s.color} />))}
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm">
        {series.map((s) => (
          <span key={s.name} className="inline-flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true">
              <Marker shape={s.marker} x={7} y={7} color={s.color} />
            </svg>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
