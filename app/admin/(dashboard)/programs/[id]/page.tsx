// /admin/programs/[id] — edit a program, mark it verified, see its history.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getProgramForEdit } from '@/lib/programs/admin-queries';
import { PROGRAM_FIELD_LABEL, PROGRAM_FORM_FIELDS, programFormValues } from '@/lib/programs/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
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
    <ListingEditPage
      basePath="/admin/programs"
      listLabel="All programs"
      listing={program}
      verifyAction={verifyProgramAction}
      form={
        <SchoolForm
          action={updateProgramAction}
          initial={programFormValues(program)}
          fields={PROGRAM_FORM_FIELDS}
          hidden={{ id: String(program.id), version: String(program.version) }}
          submitLabel="Save changes"
        />
      }
      history={<History entries={history} labels={PROGRAM_FIELD_LABEL} />}
    />
  );
}
