// /admin/programs/new — add a program.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { emptyProgramValues, PROGRAM_FORM_FIELDS } from '@/lib/programs/form-fields';
import { createProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Add a program' };

export default async function NewProgramPage() {
  await requireRole('editor');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add a program</h1>
      <SchoolForm action={createProgramAction} initial={emptyProgramValues()} fields={PROGRAM_FORM_FIELDS} submitLabel="Create program" />
    </div>
  );
}
