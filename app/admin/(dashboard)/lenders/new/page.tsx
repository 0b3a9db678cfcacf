// /admin/lenders/new — add a lender.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { emptyLenderValues, LENDER_FORM_FIELDS } from '@/lib/lenders/form-fields';
import { lenderKind } from '@/lib/lenders/kind';
import { ListingNewPage } from '@/components/admin/ListingNewPage';
import { createLenderAction } from '../actions';

export const metadata: Metadata = { title: 'Add a lender' };

export default async function NewLenderPage() {
  await requireRole('editor');
  return <ListingNewPage kind={lenderKind} title="Add a lender" action={createLenderAction} initial={emptyLenderValues()} fields={LENDER_FORM_FIELDS} />;
}
