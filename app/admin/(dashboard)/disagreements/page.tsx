// /admin/disagreements — the facts where a source supports another value than the one readers see, each with
// the disagreeing pages and a link to the fact on the school's edit page (fix the value or the source there).
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/require';
import { listDisagreements } from '@/lib/evidence/queues';
import { sourceKindLabel } from '@/lib/evidence/labels';
import { hostOf as sourceHost } from '@/lib/hosts';
import { SCHOOL_FIELD_LABEL } from '@/lib/schools/form-fields';

export const metadata: Metadata = { title: 'Disagreements' };

export default async function DisagreementsPage() {
  await requireRole('editor');
  const items = await listDisagreements();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Disagreements</h1>
      <p className="text-sm text-slate-700">
        Facts where at least one source says something other than the value readers see. Readers are shown the other source too (“Another
        source says …”). Check the pages, then correct the value or edit or remove the source on the school’s page.
      </p>
      <p className="text-sm text-slate-700" data-testid="disagreements-count">
        {items.length === 1 ? '1 fact' : `${items.length} facts`} with a disagreeing source
      </p>
      {items.length ? (
        <table className="w-full border-collapse bg-white text-sm" data-testid="admin-disagreements">
          <caption className="sr-only">Facts whose sources disagree with the value</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">School</th>
              <th scope="col" className="p-2">Fact</th>
              <th scope="col" className="p-2">Value shown</th>
              <th scope="col" className="p-2">Sources that say otherwise</th>
              <th scope="col" className="p-2"><span className="sr-only">Fix</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const label = SCHOOL_FIELD_LABEL[item.spec.column] ?? item.spec.field;
              return (
                <tr key={`${item.school.id}-${item.spec.field}`} className="border-b border-slate-200 align-top" data-testid="disagreement">
                  <th scope="row" className="p-2 text-left font-medium">
                    {item.school.name}
                    <span className="block text-xs font-normal text-slate-600">
                      {item.school.slug}
                      {item.school.status === 'draft' ? ' · draft' : ''}
                    </span>
                  </th>
                  <td className="p-2">{label}</td>
                  <td className="p-2">
                    {item.current}
                    <span className="block text-xs text-slate-600">
                      {item.agreeing === 0 ? 'no source agrees' : item.agreeing === 1 ? '1 source agrees' : `${item.agreeing} sources agree`}
                    </span>
                  </td>
                  <td className="p-2">
                    <ul className="space-y-1">
                      {item.disagreeing.map((source) => (
                        <li key={source.id}>
                          <strong>{source.value}</strong> —{' '}
                          <a href={source.sourceUrl} className="underline">
                            {sourceHost(source.sourceUrl)}
                          </a>{' '}
                          ({sourceKindLabel(source.sourceKind)}, {source.sourceDate || 'undated'})
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="p-2">
                    <Link href={`/admin/schools/${item.school.id}#evidence-${item.spec.field}`}>
                      Fix<span className="sr-only"> {label.toLowerCase()} for {item.school.name}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm">Every source agrees with its fact.</p>
      )}
    </div>
  );
}
