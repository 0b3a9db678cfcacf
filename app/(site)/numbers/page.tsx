// /numbers — published counts of international applicants to US MD schools per cycle, and the directory's
// own figures. Every number carries its source; a number no source gives is a gap, never a zero.
import type { Metadata } from 'next';
import { countDirectoryFigures, listIntlCycles } from '@/lib/numbers/queries';
import { FUNDS_LABEL, YES_LIMITED_LABEL, label } from '@/lib/schools/labels';
import { STATE_NAMES } from '@/lib/geo/states';
import { EMPTY_FILTER, schoolsHref } from '@/lib/schools/filters';
import { hostOf } from '@/components/SourceList';
import { LineChart, type LineSeries } from '@/components/charts/LineChart';
import { cyclePosition } from '@/lib/charts/scale';
import { TallySection } from '@/components/charts/TallySection';

// Read on each request: a prerendered copy would outlive the next admin save (and need a database at build).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'International applicants in numbers',
  description: 'How many international applicants applied to, were accepted by and enrolled at US MD schools, per published cycle, with sources.',
  alternates: { canonical: '/numbers' },
};

function Count({ value }: { value: number | null }) {
  return value === null ? (
    <span>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not published</span>
    </span>
  ) : (
    <>{value.toLocaleString('en-US')}</>
  );
}

export default async function NumbersPage() {
  const [cycles, figures] = await Promise.all([listIntlCycles('all_us_md'), countDirectoryFigures()]);
  // On the chart each cycle sits at its year (cycles without a year stay in the table only).
  const placed = cycles.flatMap((c) => {
    const position = cyclePosition(c.cycle);
    return position === null ? [] : [{ ...c, position }];
  });
  const series: LineSeries[] = [
    { name: 'Applicants', color: '#1d5fb8', marker: 'circle', values: placed.map((c) => c.applicants) },
    { name: 'Accepted', color: '#b45309', marker: 'square', values: placed.map((c) => c.accepted) },
    { name: 'Matriculated', color: '#047857', marker: 'triangle', values: placed.map((c) => c.matriculated) },
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">International applicants in numbers</h1>

      <section aria-labelledby="cycles-heading" className="print-break-avoid rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="cycles-heading" className="text-lg font-semibold">
          International applicants to US MD schools, per cycle
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Counts as published by the sources below, for all US MD schools together. Cycles are labelled as each source gives them and placed at
          their year (a two-year cycle such as 2019-2020 halfway through its first year); a missing point means no source we read gives that
          number, and a dashed line crosses years with no published count. Sources differ in how they count, so compare cycles with care.
        </p>
        <LineChart title="International applicants, accepted and matriculated per cycle" positions={placed.map((c) => c.position)} series={series} />
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="cycles-table">
            <caption className="sr-only">International applicants per cycle: data and sources</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">Cycle</th>
                <th scope="col" className="py-1 pr-3 text-right">Applicants</th>
                <th scope="col" className="py-1 pr-3 text-right">Accepted</th>
                <th scope="col" className="py-1 pr-3 text-right">Matriculated</th>
                <th scope="col" className="py-1 pr-3 text-right">MD schools accepting internationals</th>
                <th scope="col" className="py-1 pr-3">Source</th>
                <th scope="col" className="py-1">As of</th>
              </tr>
            </thead>
            <tbody>
              {cycles.map((c) => (
                <tr key={c.cycle} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{c.cycle}</th>
                  <td className="py-1 pr-3 text-right tabular-nums"><Count value={c.applicants} /></td>
                  <td className="py-1 pr-3 text-right tabular-nums"><Count value={c.accepted} /></td>
                  <td className="py-1 pr-3 text-right tabular-nums"><Count value={c.matriculated} /></td>
                  <td className="py-1 pr-3 text-right tabular-nums"><Count value={c.schoolsAccepting} /></td>
                  <td className="py-1 pr-3 break-all">
                    <a href={c.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                      {hostOf(c.sourceUrl)}
                    </a>
                  </td>
                  <td className="py-1">{c.asOf}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="directory-heading" className="space-y-4">
        <h2 id="directory-heading" className="text-xl font-semibold">
          This directory’s schools
        </h2>
        <TallySection
          id="by-aid"
          title="Need-based aid for international students"
          valueHeader="Need-based aid"
          total={figures.total}
          bars={figures.byNeedAid.map((t) => ({ label: label(YES_LIMITED_LABEL, t.value), value: t.count }))}
        />
        <TallySection
          id="by-funds"
          title="Proof of funds or escrow required before enrolling"
          valueHeader="Funding requirement"
          total={figures.total}
          bars={figures.byFunds.map((t) => ({ label: label(FUNDS_LABEL, t.value), value: t.count }))}
        />
        <TallySection
          id="by-state"
          title="Schools by state"
          valueHeader="State"
          total={figures.total}
          bars={figures.byState.map((t) => ({ label: STATE_NAMES[t.value] ?? t.value, value: t.count, href: schoolsHref(EMPTY_FILTER, { state: [t.value.toLowerCase()] }) }))}
        />
      </section>
    </div>
  );
}
