// /lenders/[slug] — one lender's facts with sources.
import type { Metadata } from 'next';
import { ReportProblem } from '@/components/corrections/ReportProblem';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLenderBySlug } from '@/lib/lenders/queries';
import { LENDER_COSIGNER_LABEL, LENDER_ELIGIBLE_LABEL, YES_LIMITED_LABEL, label } from '@/lib/schools/labels';
import { SourceList } from '@/components/SourceList';
import { VerifiedNote } from '@/components/VerifiedNote';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lender = await getLenderBySlug((await params).slug);
  if (!lender) return { title: 'Lender not found' };
  return {
    title: `${lender.name} — loans for international students`,
    description: `${lender.name}: ${label(LENDER_COSIGNER_LABEL, lender.requiresUsCosigner)}. ${lender.notesShort}`.slice(0, 300),
    alternates: { canonical: `/lenders/${lender.slug}` },
  };
}

export default async function LenderPage({ params }: Props) {
  const lender = await getLenderBySlug((await params).slug);
  if (!lender) notFound();
  const rows: [string, string, string?][] = [
    ['US cosigner', label(LENDER_COSIGNER_LABEL, lender.requiresUsCosigner), 'cosigner'],
    ['Which schools', label(LENDER_ELIGIBLE_LABEL, lender.eligibleSchools)],
    ['Covers medical school', label(YES_LIMITED_LABEL, lender.coversMedicalSchool)],
    ['Amounts', lender.maxAmountNote || 'Not published'],
    ['Interest', lender.interestNote || 'Not published'],
  ];
  return (
    <article className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/lenders">Lenders</Link>
      </nav>
      <h1 className="text-2xl font-bold">{lender.name}</h1>
      <VerifiedNote lastVerifiedAt={lender.lastVerifiedAt} asOf={lender.asOf} />
      {lender.notesShort ? <p className="rounded bg-white p-3 ring-1 ring-slate-200">{lender.notesShort}</p> : null}
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="facts">
        <h2 id="facts" className="text-lg font-semibold">Facts</h2>
        <dl className="mt-2 divide-y divide-slate-100">
          {rows.map(([term, value, glossary]) => (
            <div key={term} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
              <dt className="text-sm font-medium">
                {term}
                {glossary ? (
                  <>
                    {' '}
                    <Link href={`/glossary#${glossary}`} className="text-xs">(what is this?)</Link>
                  </>
                ) : null}
              </dt>
              <dd className="text-sm">{value}</dd>
            </div>
          ))}
        </dl>
        {lender.websiteUrl ? (
          <p className="mt-3 text-sm">
            <a href={lender.websiteUrl} rel="noopener noreferrer" target="_blank">Lender’s website</a>
          </p>
        ) : null}
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sources">
        <h2 id="sources" className="text-lg font-semibold">Sources</h2>
        <SourceList sources={lender.sources} asOf={lender.asOf} />
      </section>
      <ReportProblem entityType="lender" slug={lender.slug} />
    </article>
  );
}
