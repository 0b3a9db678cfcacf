// /admin/import — upload a CSV or XLSX of schools, lenders, programs or evidence (the seed CSV's columns),
// review a dry run, then apply it all at once.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { EVIDENCE_IMPORT, IMPORT_ENTITIES, IMPORT_ENTITY } from '@/lib/import/entities';
import { EVIDENCE_CSV_COLUMNS } from '@/lib/validation/evidence';
import { ImportForm } from '@/components/admin/ImportForm';
import { importAction } from './actions';

export const metadata: Metadata = { title: 'Import a spreadsheet' };

export default async function ImportPage() {
  await requireRole('editor');
  const entities = [
    ...IMPORT_ENTITIES.map((kind) => ({ value: kind, label: IMPORT_ENTITY[kind].plural[0].toUpperCase() + IMPORT_ENTITY[kind].plural.slice(1) })),
    { value: 'evidence', label: EVIDENCE_IMPORT.label },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Import a spreadsheet</h1>
      <p className="max-w-prose text-sm text-slate-700">
        Use the same columns as the seed files (one row per listing, matched by <code>slug</code>). You will see every new, changed and
        invalid row before anything is saved; an import with any invalid row saves nothing. New rows are published unless a{' '}
        <code>status</code> column says <code>draft</code>.
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Required columns</summary>
        <dl className="mt-2 space-y-2">
          {IMPORT_ENTITIES.map((kind) => (
            <div key={kind}>
              <dt className="font-medium">{IMPORT_ENTITY[kind].plural}</dt>
              <dd className="break-words text-slate-700">
                <code>{IMPORT_ENTITY[kind].columns.join(', ')}</code>
              </dd>
            </div>
          ))}
          <div>
            <dt className="font-medium">evidence</dt>
            <dd className="break-words text-slate-700">
              <code>{EVIDENCE_CSV_COLUMNS.join(', ')}</code> — one row per page and fact. A row adds that page as a source of the fact, or
              updates the source with the same school, fact and page URL; sources not in the file stay as they are.
            </dd>
          </div>
        </dl>
      </details>
      <ImportForm action={importAction} entities={entities} />
    </div>
  );
}
