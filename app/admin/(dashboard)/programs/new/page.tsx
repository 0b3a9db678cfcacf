// /admin/programs/new — add a program.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { emptyProgramValues, PROGRAM_FORM_FIELDS } from '@/lib/programs/form-fields';
import { programKind } from '@/lib/programs/kind';
import { ListingNewPage } from '@/components/admin/ListingNewPage';
import { createProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Add a program' };

export default async function NewProgramPage() {
  await requireRole('editor');
  return <ListingNewPage kind={programKind} title="Add a program" action={createProgramAction} initial={emptyProgramValues()} fields={PROGRAM_FORM_FIELDS} />;
}
