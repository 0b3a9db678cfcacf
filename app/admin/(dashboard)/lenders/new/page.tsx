// /admin/lenders/new — add a lender.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { emptyLenderValues, LENDER_FORM_FIELDS } from '@/lib/lenders/form-fields';
import { createLenderAction } from '../actions';

export const metadata: Metadata = { title: 'Add a lender' };

export default async function NewLenderPage() {
  await requireRole('editor');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add a lender</h1>
      <SchoolForm action={createLenderAction} initial={emptyLenderValues()} fields={LENDER_FORM_FIELDS} submitLabel="Create lender" />
    </div>
  );
}
