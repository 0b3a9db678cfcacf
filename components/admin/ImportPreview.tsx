// The dry-run result: counts, then every invalid, new and changed row (changed rows with each field's before
// and after). Unchanged rows are only counted.
import type { PreviewRow } from '@/lib/import/state';
import type { ImportCounts } from '@/lib/import/plan';
import { TableHead } from './TableHead';

const OUTCOME_LABEL: Record<PreviewRow['outcome'], string> = { new: 'New', changed: 'Changed', unchanged: 'Unchanged', invalid: 'Invalid' };

export function ImportPreview({ counts, rows, ignoredColumns }: { counts: ImportCounts; rows: PreviewRow[]; ignoredColumns: string[] }) {
  const ordered = [...rows].sort((a, b) => Number(b.outcome === 'invalid') - Number(a.outcome === 'invalid') || a.line - b.line);
  return (
    <div className="space-y-3">
      <dl className="flex flex-wrap gap-4 text-sm" data-testid="import-counts">
        {(['new', 'changed', 'unchanged', 'invalid'] as const).map((key) => (
          <div key={key} className="rounded border border-slate-200 bg-white px-3 py-2">
            <dt className="text-slate-700">{OUTCOME_LABEL[key]}</dt>
            <dd className="text-xl font-bold" data-testid={`import-count-${key}`}>
              {counts[key]}
            </dd>
          </div>
        ))}
      </dl>
      {ignoredColumns.length ? <p className="text-sm text-slate-700">Columns not imported: {ignoredColumns.join(', ')}.</p> : null}
      {ordered.length ? (
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Rows that are new, changed or invalid</caption>
          <TableHead labels={['Row', 'Slug', 'Result', 'Details']} />
          <tbody data-testid="import-rows">
            {ordered.map((row) => (
              <tr key={row.line} className="border-b border-slate-200 align-top" data-outcome={row.outcome}>
                <td className="p-2">{row.line}</td>
                <td className="p-2">{row.slug || '(none)'}</td>
                <td className={`p-2 font-medium ${row.outcome === 'invalid' ? 'text-red-800' : ''}`}>{OUTCOME_LABEL[row.outcome]}</td>
                <td className="p-2">
                  {row.reason ? <span className="text-red-800">{row.reason}</span> : null}
                  {row.changes ? (
                    <ul className="list-disc pl-5">
                      {row.changes.map((c) => (
                        <li key={c.field}>
                          {c.label}: <span className="text-slate-700">{c.before}</span> → <span className="font-medium">{c.after}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {row.outcome === 'new' ? 'Will be created' : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
