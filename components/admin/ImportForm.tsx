'use client';
// /admin/import's two steps on one form state: upload → preview (nothing written) → confirm. The confirm form
// carries the signed preview back; the server verifies and re-checks everything before writing.
import { useActionState } from 'react';
import type { ImportState } from '@/lib/import/state';
import { ImportPreview } from './ImportPreview';

type Props = {
  action: (previous: ImportState | null, formData: FormData) => Promise<ImportState>;
  entities: { value: string; label: string }[];
};

const MAX_BYTES = 5 * 1024 * 1024;

function checkSize(event: React.ChangeEvent<HTMLInputElement>) {
  const file = event.currentTarget.files?.[0];
  event.currentTarget.setCustomValidity(file && file.size > MAX_BYTES ? 'The file is larger than 5 MB. Split it into smaller files.' : '');
}

export function ImportForm({ action, entities }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const tone = state?.stage === 'error' || (state?.stage === 'preview' && state.counts.invalid > 0) ? 'alert' : 'status';
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <input type="hidden" name="intent" value="preview" />
        <div>
          <label htmlFor="import-entity" className="block text-sm font-medium">
            The file contains
          </label>
          <select id="import-entity" name="entity" defaultValue={state?.stage === 'preview' ? state.entity : 'school'} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1">
            {entities.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            Spreadsheet (.csv or .xlsx, at most 5 MB)
          </label>
          <input id="import-file" name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={checkSize} className="mt-1 block text-sm" />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
          {pending ? 'Checking…' : 'Preview the import'}
        </button>
      </form>
      {state ? (
        <div
          role={tone}
          data-testid="import-message"
          className={`rounded border p-3 text-sm ${tone === 'alert' ? 'border-red-300 bg-red-50 text-red-900' : 'border-green-300 bg-green-50 text-green-900'}`}
        >
          {state.message}
        </div>
      ) : null}
      {state?.stage === 'preview' ? (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview of {state.fileName}
          </h2>
          <ImportPreview counts={state.counts} rows={state.rows} ignoredColumns={state.ignoredColumns} />
          {state.carry ? (
            <form action={formAction}>
              <input type="hidden" name="intent" value="confirm" />
              {Object.entries(state.carry).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
                {pending ? 'Importing…' : `Import ${state.counts.new} new and ${state.counts.changed} changed rows`}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
