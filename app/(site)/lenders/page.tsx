// /lenders — private lenders that lend to international students; filters: no US cosigner, covers medical school.
import type { Metadata } from 'next';
import Link from 'next/link';
import { listLenders, parseLenderFilter } from '@/lib/lenders/queries';
import { LENDER_COSIGNER_LABEL, LENDER_ELIGIBLE_LABEL, YES_LIMITED_LABEL, label } from '@/lib/schools/labels';
import { Badge, policyTone } from '@/components/Badge';
import { VerifiedNote } from '@/components/VerifiedNote';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: 'Private lenders for international medical students',
  description: 'Lenders that lend to international students, whether they need a US cosigner and whether they cover medical school, with sources.',
  alternates: { canonical: '/lenders' },
};

export default async function LendersPage({ searchParams }: Props) {
  const filter = parseLenderFilter(await searchParams);
  const lenders = await listLenders(filter);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Private lenders for international students</h1>
      <p className="max-w-3xl text-slate-700">
        International students cannot borrow US federal loans. These private lenders lend to some of them — some only
        with a US citizen or permanent-resident cosigner, some only at schools on their own list. Check each lender’s
        current terms: the notes below come from the sources shown and may be dated.
      </p>
      <form method="get" action="/lenders" className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filter lenders">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="cosigner" value="no" defaultChecked={filter.noCosigner} className="h-4 w-4" />
          No US cosigner needed
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="medical" value="yes" defaultChecked={filter.coversMed} className="h-4 w-4" />
          Confirmed to cover medical school
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">
          Apply
        </button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {lenders.length} {lenders.length === 1 ? 'lender' : 'lenders'}
      </p>
      {lenders.length === 0 ? (
        <p className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">
          No lender matches both filters. <Link href="/lenders">Show all lenders</Link>.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {lenders.map((lender) => (
            <li key={lender.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link href={`/lenders/${lender.slug}`}>{lender.name}</Link>
              </h2>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                <li><Badge tone={lender.requiresUsCosigner === 'no' ? 'green' : policyTone(lender.requiresUsCosigner === 'yes' ? 'limited' : lender.requiresUsCosigner)}>{label(LENDER_COSIGNER_LABEL, lender.requiresUsCosigner)}</Badge></li>
                <li><Badge tone={policyTone(lender.coversMedicalSchool)}>Medical school: {label(YES_LIMITED_LABEL, lender.coversMedicalSchool)}</Badge></li>
                <li><Badge>{label(LENDER_ELIGIBLE_LABEL, lender.eligibleSchools)}</Badge></li>
              </ul>
              {lender.notesShort ? <p className="mt-2 text-sm text-slate-700">{lender.notesShort}</p> : null}
              <p className="mt-2">
                <VerifiedNote lastVerifiedAt={lender.lastVerifiedAt} asOf={lender.asOf} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
