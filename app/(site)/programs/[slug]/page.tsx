// /programs/[slug] — one program: every field in plain words, its sources and as-of date, the official
// link, and the guides that discuss it.
import type { Metadata } from 'next';
import { ReportProblem } from '@/components/corrections/ReportProblem';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getProgramBySlug } from '@/lib/programs/queries';
import { findRelatedGuides } from '@/lib/programs/related-guides';
import { programsHref, EMPTY_PROGRAM_FILTER, type Kind } from '@/lib/programs/filters';
import { COUNTRY_LABEL, FORMAT_LABEL, KIND_LABEL, noteOrUnpublished, placeLabel } from '@/lib/programs/labels';
import { categoryLabel } from '@/lib/content/categories';
import { formatDate } from '@/lib/dates';
import { SourceList } from '@/components/SourceList';
import { VerifiedNote } from '@/components/VerifiedNote';
import { ProgramBadges } from '@/components/programs/ProgramCard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await getProgramBySlug((await params).slug);
  if (!program) return { title: 'Program not found' };
  const description = `${program.name} (${program.provider}; ${placeLabel(program.country, program.region)}): ${KIND_LABEL[program.kind] ?? program.kind}. ${program.notesShort}`;
  return {
    title: program.name,
    description: description.slice(0, 300),
    alternates: { canonical: `/programs/${program.slug}` },
    openGraph: { title: program.name, description: description.slice(0, 300), url: `/programs/${program.slug}` },
  };
}

function GuideList({ guides }: { guides: { slug: string; title: string; summary: string; category: string }[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {guides.map((guide) => (
        <li key={guide.slug}>
          <Link href={`/guides/${guide.slug}`} className="font-medium">
            {guide.title}
          </Link>{' '}
          <span className="text-slate-600">({categoryLabel(guide.category)})</span>
          <p className="text-slate-700">{guide.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export default async function ProgramPage({ params }: Props) {
  const program = await getProgramBySlug((await params).slug);
  if (!program) notFound();
  const guides = await findRelatedGuides(program);
  const country = program.country.toLowerCase() as 'ca' | 'us';
  const rows: { term: string; value: string }[] = [
    { term: 'Offered by', value: program.provider },
    { term: 'Where', value: placeLabel(program.country, program.region) },
    { term: 'Kind of program', value: KIND_LABEL[program.kind] ?? program.kind },
    { term: 'Format', value: FORMAT_LABEL[program.format] ?? program.format },
    { term: 'Cost', value: noteOrUnpublished(program.costNote) },
    { term: 'Duration', value: noteOrUnpublished(program.durationNote) },
    { term: 'Who may apply', value: noteOrUnpublished(program.eligibilityNote) },
    { term: 'Notes', value: noteOrUnpublished(program.notesShort) },
  ];

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/programs">Programs</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={programsHref({ ...EMPTY_PROGRAM_FILTER, country: [country] })}>{COUNTRY_LABEL[program.country]}</Link>{' '}
        <span aria-hidden="true">›</span>{' '}
        <Link href={programsHref({ ...EMPTY_PROGRAM_FILTER, country: [country], kind: [program.kind as Kind] })}>
          {KIND_LABEL[program.kind] ?? program.kind}
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold">{program.name}</h1>
        <p className="mt-1 text-slate-700">
          {program.provider} · {placeLabel(program.country, program.region)}
        </p>
        <ProgramBadges program={program} />
        <p className="mt-2">
          <VerifiedNote lastVerifiedAt={program.lastVerifiedAt} asOf={program.asOf} />
        </p>
        <p className="mt-1 text-xs text-slate-600">Last updated on this site {formatDate(program.updatedAt)}.</p>
        <p className="mt-3 text-sm">
          <a href={program.websiteUrl} rel="noopener noreferrer" target="_blank">
            Official program page
          </a>
        </p>
      </header>

      <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="facts-heading" className="text-lg font-semibold">
          About this program
        </h2>
        <dl className="mt-2 divide-y divide-slate-100">
          {rows.map((row) => (
            <div key={row.term} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
              <dt className="text-sm font-medium text-slate-800">{row.term}</dt>
              <dd className="text-sm">{row.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-xs text-slate-600">
          Source: see the {program.sources.length} source{program.sources.length === 1 ? '' : 's'} below · information as of {program.asOf}
        </p>
      </section>

      <section aria-labelledby="sources-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="sources">
        <h2 id="sources-heading" className="text-lg font-semibold">
          Sources
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          Every fact on this page comes from these pages. Programs change: confirm with the provider before you apply.
        </p>
        <SourceList sources={program.sources} asOf={program.asOf} />
      </section>

      <section aria-labelledby="guides-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="related-guides">
        <h2 id="guides-heading" className="text-lg font-semibold">
          Guides that discuss this
        </h2>
        {guides.linking.length ? (
          <>
            <p className="mb-2 text-sm text-slate-700">These guides link to a list of programs that includes this one.</p>
            <GuideList guides={guides.linking} />
          </>
        ) : (
          <p className="text-sm text-slate-700">No guide links to a list that includes this program yet.</p>
        )}
        {guides.category.length ? (
          <>
            <h3 className="mt-4 text-base font-semibold">More guides on {program.country === 'CA' ? 'continuing education and Canada' : 'continuing education'}</h3>
            <div className="mt-2">
              <GuideList guides={guides.category} />
            </div>
          </>
        ) : null}
      </section>
      <ReportProblem entityType="program" slug={program.slug} />
    </article>
  );
}
