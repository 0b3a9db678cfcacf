// /schools/map?<filters> — how many schools match the filters in each state, as a tile map and a table.
import type { Metadata } from 'next';
import Link from 'next/link';
import { parseSchoolFilter, schoolsHref, serializeSchoolFilter } from '@/lib/schools/filters';
import { countSchoolFacets, searchSchools } from '@/lib/schools/queries';
import { describeSchoolFilter } from '@/lib/schools/describe';
import { STATE_NAMES } from '@/lib/geo/states';
import { US_STATES } from '@/lib/validation/enums';
import { previewImageMetadata } from '@/lib/og/metadata';
import { TileMap, shadeLegend } from '@/components/map/TileMap';
import { IgnoredNotice } from '@/components/IgnoredNotice';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filter } = parseSchoolFilter(await searchParams);
  const query = serializeSchoolFilter({ ...filter, page: 1 });
  const title = 'Schools by state (map)';
  const preview = previewImageMetadata(`/schools/og${query ? `?${query}` : ''}`, title);
  return { title, alternates: { canonical: `/schools/map${query ? `?${query}` : ''}` }, openGraph: { title, images: preview.images }, twitter: preview.twitter };
}

export default async function SchoolsMapPage({ searchParams }: Props) {
  const { filter: parsed, ignored } = parseSchoolFilter(await searchParams);
  const filter = { ...parsed, page: 1 };
  // The map shows every state, so the summary counts the filter without its own state selection.
  const withoutState = { ...filter, state: [] };
  const [facets, { total }] = await Promise.all([countSchoolFacets(filter), searchSchools(withoutState, { perPage: 0 })]);
  const counts = facets.state;
  const max = Math.max(0, ...Object.values(counts));
  const nameOf = (state: string) => STATE_NAMES[state] ?? state;
  const hrefFor = (state: string) => schoolsHref(filter, { state: [state.toLowerCase()] });
  const rows = [...US_STATES].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Schools by state</h1>
      <p className="text-slate-700" data-testid="summary">
        {describeSchoolFilter(withoutState, total)}. Choose a state to see its schools.
      </p>
      <IgnoredNotice ignored={ignored} />
      <p className="no-print text-sm">
        <Link href={schoolsHref(filter)}>Back to the list with these filters</Link>
      </p>
      <TileMap counts={counts} hrefFor={hrefFor} nameOf={nameOf} selected={filter.state} />
      <ul className="flex flex-wrap items-center gap-3 text-sm" aria-label="Map legend: number of matching schools">
        {shadeLegend(max).map(({ shade, label }) => (
          <li key={label} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-4 w-4 rounded border border-slate-400" style={{ background: shade.fill }} />
            {label}
          </li>
        ))}
      </ul>
      <table className="w-full max-w-md border-collapse text-sm" data-testid="map-table">
        <caption className="py-2 text-left font-semibold">Matching schools in each state</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 text-left">State</th>
            <th scope="col" className="py-1 text-right">Schools</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((state) => (
            <tr key={state} className="border-b border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                <Link href={hrefFor(state)}>{nameOf(state)}</Link>
              </th>
              <td className="py-1 text-right tabular-nums">{counts[state.toLowerCase()] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
