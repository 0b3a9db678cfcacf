// One directory figure: a bar chart and the same numbers as a table, with where they come from.
import Link from 'next/link';
import { BarChart } from './BarChart';

type Props = { id: string; title: string; valueHeader: string; bars: { label: string; value: number; href?: string }[]; total: number };

export function TallySection({ id, title, valueHeader, bars, total }: Props) {
  return (
    <section aria-labelledby={id} className="print-break-avoid rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      <BarChart title={title} bars={bars} />
      <table className="mt-3 w-full max-w-lg border-collapse text-sm">
        <caption className="sr-only">{title}: data</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 text-left">{valueHeader}</th>
            <th scope="col" className="py-1 text-right">Schools</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label} className="border-b border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {b.href ? <Link href={b.href}>{b.label}</Link> : b.label}
              </th>
              <td className="py-1 text-right tabular-nums">{b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">
        Source: this directory’s {total} published school listings, counted when this page was generated; each listing cites its own sources.
      </p>
    </section>
  );
}
