// /admin/schools/new — add a school (saved as a draft unless published here).
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { emptySchoolValues } from '@/lib/schools/form-values';
import { schoolKind } from '@/lib/schools/kind';
import { ListingNewPage } from '@/components/admin/ListingNewPage';
import { createSchoolAction } from '../actions';

export const metadata: Metadata = { title: 'Add a school' };

export default async function NewSchoolPage() {
  await requireRole('editor');
  return <ListingNewPage kind={schoolKind} title="Add a school" action={createSchoolAction} initial={emptySchoolValues()} />;
}
