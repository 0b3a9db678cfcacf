// /shortlist?schools=a,b — a shortlist named by its URL, rendered on the server (a fresh browser, an advisor
// or a printer sees the same list, no JavaScript needed). Without `schools`, the browser's own list is
// loaded from localStorage and the page moves to its shareable URL.
import type { Metadata } from 'next';
import Link from 'next/link';
import { COMPARE_MAX, COMPARE_MIN, parseSchoolSlugs, slugsHref, slugsQuery } from '@/lib/shortlist/slugs';
import { listSchoolsBySlugs } from '@/lib/schools/by-slugs';
import { previewImageMetadata } from '@/lib/og/metadata';
import { siteUrl } from '@/lib/site';
import { SchoolCard } from '@/components/schools/SchoolCard';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { ProblemList } from '@/components/tools/ProblemList';
import { ShortlistLoader } from '@/components/tools/ShortlistLoader';
import { ShortlistPanel } from '@/components/tools/ShortlistPanel';
import { NoteField } from '@/components/tools/NoteField';
import { ExportWithNotes } from '@/components/tools/ExportWithNotes';
import { SchoolActions } from '@/components/tools/ToolButtons';
import { ToolsIsland } from '@/components/tools/ToolsIsland';
import { SavedSearchList } from '@/components/tools/SavedSearchList';

/** Saved searches (kept in this browser) on both forms of the page. */
function SavedSearches() {
  return (
    <section aria-labelledby="saved-searches" className="no-print space-y-2 border-t border-slate-200 pt-4">
      <h2 id="saved-searches" className="text-lg font-semibold">
        Saved searches
      </h2>
      <p className="text-sm text-slate-700">
        Filtered lists you saved in this browser. Each is a link: open it to see today’s matches, or copy it to share the same search.
      </p>
      <noscript>
        <p className="text-sm">Saved searches are kept by JavaScript in this browser; turn it on to see them.</p>
      </noscript>
      <SavedSearchList origin={siteUrl()} />
    </section>
  );
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { slugs } = parseSchoolSlugs(await searchParams);
  const { schools } = await listSchoolsBySlugs(slugs);
  const known = schools.map((s) => s.slug);
  const title = known.length ? `Shortlist of ${known.length} ${known.length === 1 ? 'school' : 'schools'}` : 'My shortlist';
  const preview = previewImageMetadata(`/shortlist/og${known.length ? `?${slugsQuery(known)}` : ''}`, title);
  return {
    title,
    description: schools.map((s) => s.name).join(', ').slice(0, 300) || 'Schools you starred, kept in this browser; share the link with an advisor.',
    alternates: { canonical: slugsHref('/shortlist', known) },
    robots: { index: false },
    openGraph: { title, url: slugsHref('/shortlist', known), images: preview.images },
    twitter: preview.twitter,
  };
}

export default async function ShortlistPage({ searchParams }: Props) {
  const params = await searchParams;
  const { slugs, problems } = parseSchoolSlugs(params);
  const { schools, unknown } = await listSchoolsBySlugs(slugs);
  const known = schools.map((s) => s.slug);
  const messages = [
    ...problems.map((p) => `“${p.value}” ${p.reason}.`),
    ...unknown.map((slug) => `“${slug}” is not a school in the directory (it may have been renamed or unpublished).`),
  ];

  if (params.schools === undefined) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">My shortlist</h1>
        <p className="text-slate-700">
          No account needed: schools you star are kept in this browser. Open the page’s link on another device, or send it to an advisor, to
          show the same list.
        </p>
        <noscript>
          <p>Your shortlist is stored by JavaScript in this browser; turn it on to see it, or open a shared shortlist link.</p>
        </noscript>
        <ShortlistLoader />
        <SavedSearches />
      </div>
    );
  }

  const query = slugsQuery(known);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Shortlist</h1>
      <p className="text-slate-700" data-testid="shortlist-summary">
        {schools.length} {schools.length === 1 ? 'school' : 'schools'}. Private notes stay in this browser; the link shares only the schools.
      </p>
      <ProblemList title="Some of this link could not be used:" problems={messages} />
      <ShortlistPanel slugs={known} />
      {schools.length ? (
        <div className="no-print flex flex-wrap items-center gap-3 text-sm">
          <span className="font-medium">Share with my advisor:</span>
          <CopyLinkButton url={`${siteUrl()}${slugsHref('/shortlist', known)}`} />
          <a href={`/schools/export.xlsx?${query}`} data-testid="export-xlsx">
            Download Excel
          </a>
          <a href={`/schools/export.csv?${query}`} data-testid="export-csv">
            Download CSV
          </a>
          <ExportWithNotes slugs={known} />
          {schools.length >= COMPARE_MIN && schools.length <= COMPARE_MAX ? <Link href={slugsHref('/compare', known)}>Compare these schools</Link> : null}
        </div>
      ) : (
        <p>
          This shortlist is empty. Find schools in the <Link href="/schools">directory</Link>.
        </p>
      )}
      {schools.length ? <h2 className="sr-only">Schools on this shortlist</h2> : null}
      <ToolsIsland>
        <ol className="space-y-3" data-testid="shortlist">
          {schools.map((school) => (
            <li key={school.slug}>
              <SchoolCard school={school} actions={<SchoolActions slug={school.slug} name={school.name} />} />
              <NoteField slug={school.slug} name={school.name} />
            </li>
          ))}
        </ol>
      </ToolsIsland>
      <SavedSearches />
    </div>
  );
}
