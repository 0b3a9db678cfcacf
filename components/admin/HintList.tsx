// The Unknowns queue's hints: a page that supports a value for a fact that is still unknown. "Accept" gives
// the fact that value (the page stays as its source); "Dismiss" hides the hint for good.
import Link from 'next/link';
import type { ActionResult } from '@/lib/admin/action';
import type { EvidenceSaved } from '@/lib/evidence/mutations';
import type { Hint } from '@/lib/evidence/queues';
import { sourceKindLabel } from '@/lib/evidence/labels';
import { hostOf as sourceHost } from '@/lib/hosts';
import { SCHOOL_FIELD_LABEL } from '@/lib/schools/form-fields';
import { ActionButton } from './ActionButton';

type Action = (previous: ActionResult<EvidenceSaved> | null, formData: FormData) => Promise<ActionResult<EvidenceSaved>>;

export function HintList({ hints, accept, dismiss }: { hints: Hint[]; accept: Action; dismiss: Action }) {
  return (
    <section id="hints" aria-labelledby="hints-heading" className="space-y-3">
      <h2 id="hints-heading" className="text-lg font-semibold">
        Hints for facts still unknown
      </h2>
      <p className="text-sm text-slate-700">
        A source suggests a value for a fact readers see as “not published”. Check the page: accept sets the fact to that value and keeps
        the page as its source; dismiss hides the hint.
      </p>
      <p className="text-sm text-slate-700" data-testid="hints-count">
        {hints.length === 1 ? '1 hint' : `${hints.length} hints`}
      </p>
      {hints.length ? (
        <table className="w-full border-collapse bg-white text-sm" data-testid="admin-hints">
          <caption className="sr-only">Sources that suggest a value for an unknown fact</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">School</th>
              <th scope="col" className="p-2">Fact</th>
              <th scope="col" className="p-2">Suggested value</th>
              <th scope="col" className="p-2">Source</th>
              <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {hints.map(({ school, spec, source }) => {
              const ids = { school_id: String(school.id), evidence_id: String(source.id) };
              return (
                <tr key={source.id} className="border-b border-slate-200 align-top" data-testid="hint">
                  <th scope="row" className="p-2 text-left font-medium">
                    <Link href={`/admin/schools/${school.id}#evidence-${spec.field}`}>{school.name}</Link>
                  </th>
                  <td className="p-2">{SCHOOL_FIELD_LABEL[spec.column] ?? spec.field}</td>
                  <td className="p-2 font-medium">{source.value}</td>
                  <td className="p-2">
                    <a href={source.sourceUrl} className="underline">
                      {sourceHost(source.sourceUrl)}
                    </a>{' '}
                    ({sourceKindLabel(source.sourceKind)}, {source.sourceDate || 'undated'})
                  </td>
                  <td className="p-2">
                    <div className="flex flex-wrap gap-2">
                      <ActionButton action={accept} fields={{ ...ids, version: String(school.version) }} label="Accept" />
                      <ActionButton action={dismiss} fields={ids} label="Dismiss" />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm">No hints left to review.</p>
      )}
    </section>
  );
}
