// Above the finder's list: which filters the answers chose and why, and what to do with the list.
import Link from 'next/link';
import type { Reason } from '@/lib/eligibility/answers';
import { SaveSearchButton } from '../tools/SaveSearchButton';

export function EligibilityResult({ reasons, query, answersQuery, ignored, defaultName }: { reasons: Reason[]; query: string; answersQuery: string; ignored: string[]; defaultName: string }) {
  const suffix = query ? `?${query}` : '';
  return (
    <section aria-labelledby="finder-heading" className="mt-3 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm" data-testid="finder-result">
      <h2 id="finder-heading" className="text-base font-semibold">
        Your list, from your answers
      </h2>
      {reasons.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="finder-reasons">
          {reasons.map((reason) => (
            <li key={reason.param + reason.text}>{reason.text}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">Your answers did not narrow the list: it shows every school that considers international applicants.</p>
      )}
      {ignored.length ? <p className="mt-2">Some answers were not understood and were left out: {ignored.join(', ')}.</p> : null}
      <p className="mt-2">Unpublished policies count as unknown, so a school whose page says nothing on a point you asked about is left out: check the relaxations below an empty list.</p>
      <div className="no-print mt-3 flex flex-wrap items-center gap-3">
        <Link href={`/schools${suffix}`} className="font-semibold underline" data-testid="finder-open">
          Open this list in the directory
        </Link>
        <a href={`/schools/export.xlsx${suffix}`} className="underline">
          Download this list as Excel
        </a>
        <SaveSearchButton path="/schools" query={query} defaultName={defaultName} />
        <Link href={`/eligibility?change=1${answersQuery ? `&${answersQuery}` : ''}`} className="underline">
          Change my answers
        </Link>
      </div>
    </section>
  );
}
