// The /schools view, shared by the dynamic route (page.tsx: any query, e.g. with q or invalid values) and the
// cached route the proxy rewrites canonical URLs to (v/[key]/page.tsx). Takes the raw parameters.
import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { parseSchoolFilter, schoolsHref, serializeSchoolFilter, PAGE_SIZE } from '@/lib/schools/filters';
import { countSchoolFacets, searchSchools, suggestRelaxations } from '@/lib/schools/queries';
import { describeSchoolFilter } from '@/lib/schools/describe';
import { filterChips } from '@/lib/schools/chips';
import { STATE_NAMES } from '@/lib/geo/states';
import { siteUrl } from '@/lib/site';
import { FilterForm } from '@/components/schools/FilterForm';
import { SchoolCard } from '@/components/schools/SchoolCard';
import { Pagination } from '@/components/Pagination';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { IgnoredNotice } from '@/components/IgnoredNotice';
import { ActiveFilterChips } from '@/components/filters/ActiveFilterChips';
import { FilterDisclosure } from '@/components/filters/FilterDisclosure';
import { NoResults } from '@/components/filters/NoResults';
import { SchoolActions } from '@/components/tools/ToolButtons';
import { ToolsIsland } from '@/components/tools/ToolsIsland';
import { SaveSearchButton } from '@/components/tools/SaveSearchButton';
import { savedSearchName } from '@/lib/shortlist/saved-search-name';
import { previewImageMetadata } from '@/lib/og/metadata';
import { findSchoolsSayingNo } from '@/lib/schools/says-no';
import { SaysNoList } from '@/components/schools/SaysNoList';

export type RawSchoolParams = Record<string, string | string[] | undefined> | URLSearchParams;

// One search per request: the metadata and the page both need it (keyed by the canonical query, which parses
// back to the same filter), and a free-text query is the uncached, expensive path.
const searchSchoolsOnce = cache((canonicalQuery: string) =>
  searchSchools(parseSchoolFilter(new URLSearchParams(canonicalQuery)).filter),
);

export async function schoolsMetadata(params: RawSchoolParams): Promise<Metadata> {
  const { filter } = parseSchoolFilter(params);
  const { total } = await searchSchoolsOnce(serializeSchoolFilter(filter));
  const summary = describeSchoolFilter(filter, total);
  const query = serializeSchoolFilter(filter);
  const canonical = query ? `/schools?${query}` : '/schools';
  const feedQuery = serializeSchoolFilter({ ...filter, page: 1, sort: 'name' });
  const preview = previewImageMetadata(`/schools/og${feedQuery ? `?${feedQuery}` : ''}`, summary);
  return {
    title: summary,
    description: `${summary}. Aid, loans, cosigner and escrow policies for international students, with sources.`,
    alternates: {
      canonical,
      types: { 'application/atom+xml': [{ url: `/schools/feed.xml${feedQuery ? `?${feedQuery}` : ''}`, title: `Changes: ${summary}` }] },
    },
    openGraph: { title: summary, url: canonical, images: preview.images },
    twitter: preview.twitter,
  };
}

/** `intro` (e.g. the eligibility finder's reasons) goes between the heading and the summary. */
export async function SchoolsView({ params, intro }: { params: RawSchoolParams; intro?: React.ReactNode }) {
  const { filter, ignored } = parseSchoolFilter(params);
  const [search, facets, sayingNo] = await Promise.all([
    searchSchoolsOnce(serializeSchoolFilter(filter)),
    countSchoolFacets(filter),
    findSchoolsSayingNo(filter),
  ]);
  const summary = describeSchoolFilter(filter, search.total);
  const chips = filterChips(filter);
  const pageCount = Math.max(1, Math.ceil(search.total / PAGE_SIZE));
  const relax = search.total === 0 ? await suggestRelaxations(filter) : [];
  const query = serializeSchoolFilter(filter);
  const canonicalUrl = `${siteUrl()}/schools${query ? `?${query}` : ''}`;

  return (
    <div className="grid gap-4 md:grid-cols-[15rem_1fr] lg:grid-cols-[18rem_1fr]">
      <aside className="no-print" aria-label="Filters">
        <FilterDisclosure active={chips.length}>
          <FilterForm filter={filter} facets={facets} stateNames={STATE_NAMES} />
        </FilterDisclosure>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0">
        <h1 id="results-heading" className="text-xl font-bold text-slate-900 sm:text-2xl">
          US medical schools for international applicants
        </h1>
        {intro}
        <p className="mt-1 text-slate-700" aria-live="polite" data-testid="summary">
          {summary}
        </p>
        <IgnoredNotice ignored={ignored} />
        <ActiveFilterChips chips={chips} clearHref="/schools" />
        <div className="no-print mt-3 flex flex-wrap items-center gap-3 text-sm">
          <CopyLinkButton url={canonicalUrl} />
          <a href={`/schools/export.xlsx${query ? `?${query}` : ''}`}>Download Excel</a>
          <a href={`/schools/export.csv${query ? `?${query}` : ''}`}>Download CSV</a>
          <a href={`/schools/evidence.csv${query ? `?${query}` : ''}`}>Download sources (CSV)</a>
          <Link href={schoolsHref(filter, {}, '/schools/map')}>Map by state</Link>
          <SaveSearchButton path="/schools" query={serializeSchoolFilter({ ...filter, page: 1 })} defaultName={savedSearchName(summary)} />
          <a href={`/schools/feed.xml${query ? `?${query}` : ''}`}>Follow changes (Atom)</a>
        </div>
        {/* One client island for the tray and every card's buttons (not two per card): decision 074. */}
        <ToolsIsland tray="first">
          {search.total === 0 ? (
            <NoResults
              noun={{ one: 'school', many: 'schools' }}
              relaxations={relax.map((r) => ({ key: r.param + r.label, label: r.label, href: schoolsHref(r.filter), total: r.total }))}
              resetHref="/schools"
            />
          ) : (
            <>
              <h2 className="sr-only">Results</h2>
              <ol className="mt-4 space-y-3" data-testid="results">
                {search.results.map((school) => (
                  <li key={school.slug}>
                    <SchoolCard school={school} actions={<SchoolActions slug={school.slug} name={school.name} />} />
                  </li>
                ))}
              </ol>
              {search.results.length === 0 ? (
                <p className="mt-4">
                  This page is past the last result. <Link href={schoolsHref(filter, { page: 1 })}>Go to page 1</Link>.
                </p>
              ) : null}
              <Pagination page={filter.page} pageCount={pageCount} hrefFor={(page) => schoolsHref(filter, { page })} />
            </>
          )}
        </ToolsIsland>
        {filter.q ? <SaysNoList schools={sayingNo} query={filter.q} /> : null}
      </section>
    </div>
  );
}
