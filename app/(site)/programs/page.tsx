// /programs — continuing-education, bridging and assessment programs for IMGs: every facet with counts,
// chips, pages, an empty state that says which filter to relax, exports and a copyable canonical link.
import type { Metadata } from 'next';
import Link from 'next/link';
import { PAGE_SIZE, parseProgramFilter, programsHref, serializeProgramFilter } from '@/lib/programs/filters';
import { countProgramFacets, searchPrograms, suggestProgramRelaxations } from '@/lib/programs/queries';
import { describeProgramFilter } from '@/lib/programs/describe';
import { programChips } from '@/lib/programs/chips';
import { siteUrl } from '@/lib/site';
import { ProgramFilterForm } from '@/components/programs/ProgramFilterForm';
import { ProgramCard } from '@/components/programs/ProgramCard';
import { Pagination } from '@/components/Pagination';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { IgnoredNotice } from '@/components/IgnoredNotice';
import { ActiveFilterChips } from '@/components/filters/ActiveFilterChips';
import { FilterDisclosure } from '@/components/filters/FilterDisclosure';
import { NoResults } from '@/components/filters/NoResults';
import { SaveSearchButton } from '@/components/tools/SaveSearchButton';
import { savedSearchName } from '@/lib/shortlist/saved-search-name';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filter } = parseProgramFilter(await searchParams);
  const { total } = await searchPrograms(filter, { perPage: 0 });
  const summary = describeProgramFilter(filter, total);
  const query = serializeProgramFilter(filter);
  const canonical = query ? `/programs?${query}` : '/programs';
  return {
    title: summary,
    description: `${summary}: continuing-education, bridging and assessment programs for international medical graduates, with sources.`,
    alternates: { canonical },
    openGraph: { title: summary, url: canonical },
  };
}

export default async function ProgramsPage({ searchParams }: Props) {
  const { filter, ignored } = parseProgramFilter(await searchParams);
  const [search, facets] = await Promise.all([searchPrograms(filter), countProgramFacets(filter)]);
  const summary = describeProgramFilter(filter, search.total);
  const chips = programChips(filter);
  const pageCount = Math.max(1, Math.ceil(search.total / PAGE_SIZE));
  const relax = search.total === 0 ? await suggestProgramRelaxations(filter) : [];
  const query = serializeProgramFilter(filter);
  const exportQuery = serializeProgramFilter({ ...filter, page: 1 });
  const canonicalUrl = `${siteUrl()}/programs${query ? `?${query}` : ''}`;

  return (
    <div className="grid gap-4 md:grid-cols-[15rem_1fr] lg:grid-cols-[18rem_1fr]">
      <aside className="no-print" aria-label="Filters">
        <FilterDisclosure active={chips.length}>
          <ProgramFilterForm filter={filter} facets={facets} />
        </FilterDisclosure>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0">
        <h1 id="results-heading" className="text-xl font-bold text-slate-900 sm:text-2xl">
          Continuing education and bridging programs for IMGs
        </h1>
        <p className="mt-1 text-slate-700" aria-live="polite" data-testid="summary">
          {summary}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Programs in Canada and the United States, each with its sources and the date of its information. Confirm
          details with the provider before you apply.
        </p>
        <IgnoredNotice ignored={ignored} />
        <ActiveFilterChips chips={chips} clearHref="/programs" />
        <div className="no-print mt-3 flex flex-wrap items-center gap-3 text-sm">
          <CopyLinkButton url={canonicalUrl} />
          <a href={`/programs/export.xlsx${exportQuery ? `?${exportQuery}` : ''}`}>Download Excel</a>
          <a href={`/programs/export.csv${exportQuery ? `?${exportQuery}` : ''}`}>Download CSV</a>
          <SaveSearchButton path="/programs" query={exportQuery} defaultName={savedSearchName(summary)} />
        </div>
        {search.total === 0 ? (
          <NoResults
            noun={{ one: 'program', many: 'programs' }}
            relaxations={relax.map((r) => ({ key: r.param, label: r.label, href: programsHref(r.filter), total: r.total }))}
            resetHref="/programs"
          />
        ) : (
          <>
            <h2 className="sr-only">Results</h2>
            <ol className="mt-4 space-y-3" data-testid="results">
              {search.results.map((program) => (
                <li key={program.slug}>
                  <ProgramCard program={program} />
                </li>
              ))}
            </ol>
            {search.results.length === 0 ? (
              <p className="mt-4">
                This page is past the last result. <Link href={programsHref(filter, { page: 1 })}>Go to page 1</Link>.
              </p>
            ) : null}
            <Pagination page={filter.page} pageCount={pageCount} hrefFor={(page) => programsHref(filter, { page })} />
          </>
        )}
      </section>
    </div>
  );
}
