// /admin/schools/new — add a school (saved as a draft unless published here).
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { emptySchoolValues } from '@/lib/schools/form-values';
import { createSchoolAction } from '../actions';

export const metadata: Metadata = { title: 'Add a school' };

export default async function NewSchoolPage() {
  await requireRole('editor');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add a school</h1>
      <SchoolForm action={createSchoolAction} initial={emptySchoolValues()} submitLabel="Create school" />
    </div>
  );
}
