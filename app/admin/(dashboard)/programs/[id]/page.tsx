// /admin/programs/[id] — edit a program, mark it verified, see its history.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getProgramForEdit } from '@/lib/programs/admin-queries';
import { PROGRAM_FIELD_LABEL, PROGRAM_FORM_FIELDS, programFormValues } from '@/lib/programs/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { formatDate } from '@/lib/dates';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ActionButton } from '@/components/admin/ActionButton';
import { History } from '@/components/admin/History';
import { updateProgramAction, verifyProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Edit program' };

export default async function EditProgramPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const program = Number.isInteger(id) && id > 0 ? await getProgramForEdit(id) : null;
  if (!program) notFound();
  const history = await listEntityHistory('program', id);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/programs">All programs</Link>
        </p>
        <h1 className="text-2xl font-bold">{program.name}</h1>
        <p className="text-sm text-slate-700">
          Version {program.version} · Last verified {program.lastVerifiedAt ? formatDate(program.lastVerifiedAt) : 'never'}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <ActionButton action={verifyProgramAction} fields={{ id: String(program.id) }} label="Mark verified today" />
        <Link href={`/admin/programs/${program.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </div>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Details
        </h2>
        <SchoolForm
          action={updateProgramAction}
          initial={programFormValues(program)}
          fields={PROGRAM_FORM_FIELDS}
          hidden={{ id: String(program.id), version: String(program.version) }}
          submitLabel="Save changes"
        />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <History entries={history} labels={PROGRAM_FIELD_LABEL} />
      </section>
    </div>
  );
}
