// A server-rendered SVG line chart over time: each point sits at its cycle's year, so the slope between two
// points is true to the time between them. A segment between neighbouring cycles a year apart is solid; one
// that spans years (or cycles) without a published count is dashed, and a missing value is never a zero.
// Series differ by colour and marker shape; the data table next to it carries the numbers.
import { linearScale, niceMax, ticks, timeSegments, yearTicks } from '@/lib/charts/scale';

export type LineSeries = { name: string; color: string; marker: 'circle' | 'square' | 'triangle'; values: (number | null)[] };

const W = 720;
const H = 300;
const PAD = { top: 16, right: 24, bottom: 40, left: 64 };

function Marker({ shape, x, y, color }: { shape: LineSeries['marker']; x: number; y: number; color: string }) {
  if (shape === 'square') return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={color} />;
  if (shape === 'triangle') return <polygon points={`${x},${y - 6} ${x - 5.5},${y + 4.5} ${x + 5.5},${y + 4.5}`} fill={color} />;
  return <circle cx={x} cy={y} r={4.5} fill={color} />;
}

/** `positions` are the categories' places in years (lib/charts/scale.ts cyclePosition), one per category. */
export function LineChart({ title, positions, series }: { title: string; positions: number[]; series: LineSeries[] }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const y = linearScale([0, max], [H - PAD.bottom, PAD.top]);
  const first = Math.floor(Math.min(...positions));
  const last = Math.ceil(Math.max(...positions));
  const x = linearScale([first, last === first ? first + 1 : last], [PAD.left, W - PAD.right]);
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
        {yearTicks(first, last).map((year) => (
          <g key={year}>
            <line x1={x(year)} x2={x(year)} y1={H - PAD.bottom} y2={H - PAD.bottom + 5} stroke="#64748b" />
            <text x={x(year)} y={H - PAD.bottom + 20} textAnchor="middle" fontSize={12} fill="#334155">
              {year}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#64748b" />
        {series.map((s) => (
          <g key={s.name} data-series={s.name}>
            {timeSegments(s.values.map((value, i) => ({ position: positions[i], value }))).map((seg) => (
              <line
                key={`${seg.from.x}-${seg.to.x}`}
                x1={x(seg.from.x)}
                y1={y(seg.from.y)}
                x2={x(seg.to.x)}
                y2={y(seg.to.y)}
                stroke={s.color}
                strokeWidth={seg.measured ? 2.5 : 1.5}
                strokeDasharray={seg.measured ? undefined : '5 5'}
                data-measured={seg.measured}
              />
            ))}
            {s.values.map((v, i) => (v === null ? null : <Marker key={i} shape={s.marker} x={x(positions[i])} y={y(v)} color={s.color} />))}
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
        <span className="inline-flex items-center gap-1 text-slate-700">
          <svg width="24" height="14" aria-hidden="true">
            <line x1={0} y1={7} x2={24} y2={7} stroke="#334155" strokeWidth={1.5} strokeDasharray="5 5" />
          </svg>
          Dashed: years with no published count in between
        </span>
      </figcaption>
    </figure>
  );
}
