// /compare?schools=a,b,c,… — two to ten schools side by side. A bad link (too few, too many, unknown or
// malformed slugs) still answers 200 with a page that says what was wrong.
import type { Metadata } from 'next';
import Link from 'next/link';
import { COMPARE_MAX, COMPARE_MIN, parseSchoolSlugs, slugsHref, slugsQuery } from '@/lib/shortlist/slugs';
import { listSchoolsBySlugs } from '@/lib/schools/by-slugs';
import { buildCompareGroups } from '@/lib/compare/rows';
import { previewImageMetadata } from '@/lib/og/metadata';
import { siteUrl } from '@/lib/site';
import { CompareTable } from '@/components/compare/CompareTable';
import { ProblemList } from '@/components/tools/ProblemList';
import { CompareTray } from '@/components/tools/CompareTray';
import { ToolsIsland } from '@/components/tools/ToolsIsland';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { listEvidenceBySlugs } from '@/lib/evidence/queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadComparison(searchParams: Props['searchParams']) {
  const { slugs, problems } = parseSchoolSlugs(await searchParams, COMPARE_MAX);
  const { schools, unknown } = await listSchoolsBySlugs(slugs);
  const messages = [
    ...problems.map((p) => `“${p.value}” ${p.reason}${p.reason.startsWith('is beyond') ? `: a comparison shows at most ${COMPARE_MAX} schools` : ''}.`),
    ...unknown.map((slug) => `“${slug}” is not a school in the directory (it may have been renamed or unpublished).`),
  ];
  if (schools.length < COMPARE_MIN) messages.push(`A comparison needs at least ${COMPARE_MIN} schools; this link has ${schools.length}.`);
  return { schools, messages };
}

async function loadEvidence(schools: { slug: string }[]) {
  return schools.length >= COMPARE_MIN ? listEvidenceBySlugs(schools.map((s) => s.slug)) : new Map();
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { schools } = await loadComparison(searchParams);
  const slugs = schools.map((s) => s.slug);
  const title = schools.length >= COMPARE_MIN ? `Compare ${schools.map((s) => s.name).join(', ')}` : 'Compare medical schools';
  const preview = previewImageMetadata(`/compare/og${slugs.length ? `?${slugsQuery(slugs)}` : ''}`, title);
  return {
    title,
    description: 'International-applicant policies, aid, loans and funding requirements side by side, with sources.',
    alternates: { canonical: slugsHref('/compare', slugs) },
    robots: { index: false },
    openGraph: { title, url: slugsHref('/compare', slugs), images: preview.images },
    twitter: preview.twitter,
  };
}

export default async function ComparePage({ searchParams }: Props) {
  const { schools, messages } = await loadComparison(searchParams);
  const evidence = await loadEvidence(schools);
  const slugs = schools.map((s) => s.slug);
  const columns = schools.map((s) => ({
    slug: s.slug,
    name: s.name,
    removeHref: schools.length > COMPARE_MIN ? slugsHref('/compare', slugs.filter((x) => x !== s.slug)) : null,
  }));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Compare schools</h1>
      <ProblemList title="Some of this link could not be used:" problems={messages} />
      {schools.length >= COMPARE_MIN ? (
        <>
          <p className="text-slate-700">
            Facts as published by each school, with the page each comes from. Policies change: confirm with the school before you decide.
          </p>
          <div className="no-print flex flex-wrap items-center gap-3 text-sm">
            <CopyLinkButton url={`${siteUrl()}${slugsHref('/compare', slugs)}`} />
            <a href={`/schools/export.xlsx?${slugsQuery(slugs)}`}>Download Excel</a>
            <a href={`/schools/export.csv?${slugsQuery(slugs)}`}>Download CSV</a>
            <a href={`/schools/evidence.csv?${slugsQuery(slugs)}`}>Download sources (CSV)</a>
            <Link href={slugsHref('/shortlist', slugs)}>Open as a shortlist</Link>
          </div>
          <ToolsIsland className="space-y-4">
            <CompareTable columns={columns} groups={buildCompareGroups(schools, evidence)} />
          </ToolsIsland>
        </>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 className="font-semibold">How to compare</h2>
          <p className="mt-1">
            In the <Link href="/schools">school directory</Link>, press “Compare” on two to {COMPARE_MAX} schools, then follow the “Compare” link. Or
            write the link yourself: <code>/compare?schools=first-slug,second-slug</code>, where each slug is the last part of a school
            page’s address.
          </p>
          {schools.length === 1 ? (
            <p className="mt-2">
              This link names <Link href={`/schools/${schools[0].slug}`}>{schools[0].name}</Link>; add at least one more school.
            </p>
          ) : null}
          <CompareTray />
        </div>
      )}
    </div>
  );
}
