// A server-rendered horizontal bar chart; the value is written at the end of each bar.
import { linearScale, niceMax } from '@/lib/charts/scale';

const W = 640;
const ROW = 26;
const LABEL = 250;

export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const width = linearScale([0, max], [0, W - LABEL - 48]);
  const height = bars.length * ROW + 8;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title} (chart; the table below has the numbers)`}>
      {bars.map((b, i) => (
        <g key={b.label} transform={`translate(0 ${i * ROW + 4})`}>
          <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" fontSize={12} fill="#334155">
            {b.label.length > 38 ? `${b.label.slice(0, 37)}…` : b.label}
          </text>
          <rect x={LABEL} y={3} width={Math.max(b.value > 0 ? 2 : 0, width(b.value))} height={ROW - 8} fill="#1d5fb8" rx={2} />
          <text x={LABEL + width(b.value) + 6} y={ROW / 2 + 4} fontSize={12} fill="#0f172a">
            {b.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
