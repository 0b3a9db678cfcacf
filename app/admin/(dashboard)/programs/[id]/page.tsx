// /admin/programs/[id] — edit a program, mark it verified, see its history.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadForEdit, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getProgramForEdit } from '@/lib/programs/admin-queries';
import { PROGRAM_FORM_FIELDS, programFormValues } from '@/lib/programs/form-fields';
import { programKind } from '@/lib/programs/kind';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { updateProgramAction, verifyProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Edit program' };

export default async function EditProgramPage({ params }: IdPageProps) {
  await requireRole('editor');
  const { listing: program, page } = await loadForEdit(programKind, { params }, getProgramForEdit);
  return <ListingEditPage {...page} listing={program} verifyAction={verifyProgramAction} form={{ action: updateProgramAction, fields: PROGRAM_FORM_FIELDS, initial: programFormValues(program) }} />;
}
