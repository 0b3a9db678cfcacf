// /admin/schools/[id]/delete — the confirmation step before a school is deleted.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadListing, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getSchoolForEdit } from '@/lib/schools/admin-queries';
import { schoolKind } from '@/lib/schools/kind';
import { ListingDeletePage } from '@/components/admin/ListingDeletePage';
import { deleteSchoolAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete school' };

export default async function DeleteSchoolPage(props: IdPageProps) {
  await requireRole('editor');
  const school = await loadListing(props, getSchoolForEdit);
  const removes = (
    <>
      This removes the school, its {school.sources.length} sources and its public page at /schools/{school.slug}. The audit log keeps a copy
      of every field. To hide it without deleting, set its status to draft instead.
    </>
  );
  return <ListingDeletePage kind={schoolKind} listing={school} action={deleteSchoolAction} removes={removes} />;
}
