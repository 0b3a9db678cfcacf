// /admin/lenders/[id]/delete — the confirmation step before a lender is deleted.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadListing, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getLenderForEdit } from '@/lib/lenders/admin-queries';
import { lenderKind } from '@/lib/lenders/kind';
import { ListingDeletePage } from '@/components/admin/ListingDeletePage';
import { deleteLenderAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete lender' };

export default async function DeleteLenderPage(props: IdPageProps) {
  await requireRole('editor');
  const lender = await loadListing(props, getLenderForEdit);
  return <ListingDeletePage kind={lenderKind} listing={lender} action={deleteLenderAction} sources={lender.sources.length} />;
}
