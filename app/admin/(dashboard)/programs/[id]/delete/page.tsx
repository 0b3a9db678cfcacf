// /admin/programs/[id]/delete — the confirmation step before a program is deleted.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadListing, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getProgramForEdit } from '@/lib/programs/admin-queries';
import { programKind } from '@/lib/programs/kind';
import { ListingDeletePage } from '@/components/admin/ListingDeletePage';
import { deleteProgramAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete program' };

export default async function DeleteProgramPage(props: IdPageProps) {
  await requireRole('editor');
  const program = await loadListing(props, getProgramForEdit);
  return <ListingDeletePage kind={programKind} listing={program} action={deleteProgramAction} sources={program.sources.length} />;
}
