// One school's page: every field grouped, explained, with sources, as-of date and lenders. Shared by the
// per-request route (/schools/[slug]: unknown slugs, rendered to a 404) and the cached route the proxy rewrites
// published schools to (/schools/p/[slug], see lib/cache/school-slugs.ts).
import type { Metadata } from 'next';
import { ReportProblem } from '@/components/corrections/ReportProblem';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getSchoolBySlug } from '@/lib/schools/queries';
import { listLendersForSchools } from '@/lib/lenders/queries';
import { FIELD_GROUPS } from '@/lib/schools/fields';
import { DEGREE_LABEL, LENDER_COSIGNER_LABEL, label } from '@/lib/schools/labels';
import { STATE_NAMES } from '@/lib/geo/states';
import { siteUrl } from '@/lib/site';
import { formatDate } from '@/lib/dates';
import { hostOf } from '@/lib/hosts';
import { SchoolSourceList } from '@/components/schools/SchoolSourceList';
import { FieldSources } from '@/components/schools/FieldSources';
import { listSchoolEvidence } from '@/lib/evidence/queries';
import { classifySchool, factsByPage, trustSummary, type FieldEvidence } from '@/lib/evidence/display';
import { readerSummaryOf } from '@/lib/schools/reader-summary';
import { VerifiedNote } from '@/components/VerifiedNote';
import { Badge, policyTone } from '@/components/Badge';
import { JsonLd } from '@/components/JsonLd';
import { listSchoolIntlCounts } from '@/lib/schools/intl-counts';
import { listGuidesForSchool } from '@/lib/articles/school-guides';
import { GuideLinks } from '@/components/guides/GuideLinks';
import { SchoolTools } from '@/components/tools/SchoolTools';
import { previewImageMetadata } from '@/lib/og/metadata';

export async function schoolMetadata(slug: string): Promise<Metadata> {
  const school = await getSchoolBySlug(slug);
  if (!school) return { title: 'School not found' };
  const description = `${school.name} (${school.city}, ${school.state}): international applicants, aid, loans, cosigner and escrow policies with sources. ${readerSummaryOf(school)}`;
  const preview = previewImageMetadata(`/schools/${school.slug}/og`, school.name);
  return {
    title: school.name,
    description: description.slice(0, 300),
    alternates: {
      canonical: `/schools/${school.slug}`,
      types: { 'application/atom+xml': [{ url: `/schools/${school.slug}/feed.xml`, title: `Changes to ${school.name}` }] },
    },
    openGraph: { title: school.name, description: description.slice(0, 300), url: `/schools/${school.slug}`, images: preview.images },
    twitter: preview.twitter,
  };
}

export async function SchoolView({ slug }: { slug: string }) {
  const [school, lenders] = await Promise.all([getSchoolBySlug(slug), listLendersForSchools()]);
  if (!school) notFound();
  const [intlCounts, evidence] = await Promise.all([listSchoolIntlCounts(school.id), listSchoolEvidence(school.id)]);
  const fieldEvidence = classifySchool(school, evidence);
  const evidenceByField = new Map<string, FieldEvidence>(fieldEvidence.map((f) => [f.spec.column, f]));
  const titles = new Map(school.sources.map((s) => [s.url, s.title]));
  const trust = trustSummary(fieldEvidence);
  const summary = readerSummaryOf(school);
  const schoolGuides = await listGuidesForSchool(school);
  const policyUrl = school.internationalPolicyUrl;

  return (
    <article className="space-y-6">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'CollegeOrUniversity',
          name: school.name,
          url: school.websiteUrl ?? undefined,
          address: {
            '@type': 'PostalAddress',
            addressLocality: school.city,
            addressRegion: school.state,
            addressCountry: 'US',
          },
          sameAs: policyUrl ? [policyUrl] : undefined,
          mainEntityOfPage: `${siteUrl()}/schools/${school.slug}`,
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/schools">Schools</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/schools?state=${school.state.toLowerCase()}`}>{STATE_NAMES[school.state] ?? school.state}</Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold">{school.name}</h1>
        <SchoolTools slug={school.slug} name={school.name} />
        <p className="mt-1 text-slate-700">
          {school.city}, {STATE_NAMES[school.state] ?? school.state} · {label(DEGREE_LABEL, school.degree)} ·{' '}
          {school.ownership === 'public' ? 'Public' : 'Private'}
        </p>
        <p className="mt-2">
          <VerifiedNote lastVerifiedAt={school.lastVerifiedAt} asOf={school.asOf} />
        </p>
        <p className="mt-1 text-xs text-slate-600">Last updated on this site {formatDate(school.updatedAt)}.</p>
        {summary ? <p className="mt-3 rounded bg-white p-3 text-slate-800 ring-1 ring-slate-200" data-testid="reader-summary">{summary}</p> : null}
        <p className="mt-2 text-sm text-slate-700" data-testid="trust-summary">
          <span className="font-medium">Where the facts come from:</span> {trust.text}.
        </p>
        <ul className="mt-3 flex flex-wrap gap-4 text-sm">
          {school.websiteUrl ? (
            <li>
              <a href={school.websiteUrl} rel="noopener noreferrer" target="_blank">
                Official website
              </a>
            </li>
          ) : null}
          {policyUrl ? (
            <li>
              <a href={policyUrl} rel="noopener noreferrer" target="_blank">
                International applicant policy (official)
              </a>
            </li>
          ) : null}
        </ul>
      </header>

      {FIELD_GROUPS.map((group) => (
        <section key={group.title} aria-labelledby={`g-${group.title}`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`g-${group.title}`} className="text-lg font-semibold">
            {group.title}
          </h2>
          <dl className="mt-3 divide-y divide-slate-100">
            {group.fields.map((field) => {
              const raw = String(school[field.key] ?? 'unknown');
              const evidenceForField = evidenceByField.get(field.key);
              return (
                <div key={field.key} id={field.key} className="grid scroll-mt-4 gap-1 py-3 sm:grid-cols-[16rem_1fr]" data-field={field.key}>
                  <dt className="text-sm font-medium text-slate-800">
                    {field.question}
                    {field.glossary ? (
                      <>
                        {' '}
                        <Link href={`/glossary#${field.glossary}`} className="text-xs">
                          (what is this?)
                        </Link>
                      </>
                    ) : null}
                  </dt>
                  <dd className="text-sm">
                    <Badge tone={field.key === 'tuitionUsdPerYear' ? 'slate' : policyTone(raw)}>{field.value(school)}</Badge>
                    <p className="mt-1 text-slate-700">{field.explain(school)}</p>
                    {evidenceForField ? <FieldSources evidence={evidenceForField} titles={titles} asOf={school.asOf} /> : null}
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="mt-2 text-xs text-slate-600">
            Each fact’s pages are named beside it; all pages are listed under Sources below · information as of {school.asOf}
          </p>
        </section>
      ))}

      <section aria-labelledby="sources-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sources-heading" className="text-lg font-semibold">
          Sources
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          Every page we read for this school, with the facts it states. Policies change: confirm with the school before
          you decide.
        </p>
        <SchoolSourceList sources={school.sources} evidence={evidence} facts={factsByPage(fieldEvidence)} asOf={school.asOf} />
        <p className="no-print mt-2 text-sm">
          <a href={`/schools/evidence.csv?schools=${school.slug}`}>Download these sources (CSV)</a>
        </p>
      </section>

      {intlCounts.length ? (
        <section aria-labelledby="counts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="counts-heading" className="text-lg font-semibold">
            International applicants in past cycles
          </h2>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Published counts of international applicants to {school.name}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3">Cycle</th>
                  <th scope="col" className="pr-3">Applicants</th>
                  <th scope="col" className="pr-3">Accepted</th>
                  <th scope="col" className="pr-3">Matriculated</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {intlCounts.map((row) => (
                  <tr key={row.id} className="border-t border-slate-100">
                    <th scope="row" className="pr-3 font-medium">{row.cycle}</th>
                    <td className="pr-3">{row.applicants ?? 'Not published'}</td>
                    <td className="pr-3">{row.accepted ?? 'Not published'}</td>
                    <td className="pr-3">{row.matriculated ?? 'Not published'}</td>
                    <td>
                      <a href={row.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                        {hostOf(row.sourceUrl)}
                      </a>{' '}
                      (as of {row.asOf})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="lenders-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="lenders-heading" className="text-lg font-semibold">
          Private lenders that may fund study here
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          Lenders that lend to international students and do not exclude medical school. Eligibility depends on the
          lender’s school list and your circumstances.
        </p>
        <ul className="space-y-2 text-sm">
          {lenders.map((lender) => (
            <li key={lender.slug} className="flex flex-wrap items-center gap-2">
              <Link href={`/lenders/${lender.slug}`} className="font-medium">
                {lender.name}
              </Link>
              <Badge tone={lender.requiresUsCosigner === 'no' ? 'green' : 'slate'}>{label(LENDER_COSIGNER_LABEL, lender.requiresUsCosigner)}</Badge>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">
          <Link href="/lenders">All lenders</Link>
        </p>
      </section>

      <GuideLinks id="school-guides" title="Guides for this situation" guides={schoolGuides.guides} reasons={schoolGuides.reasons} />
      <ReportProblem entityType="school" slug={school.slug} />
    </article>
  );
}
