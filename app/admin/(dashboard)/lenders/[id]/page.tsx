// /admin/lenders/[id] — edit a lender, mark it verified, see its history.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadForEdit, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getLenderForEdit } from '@/lib/lenders/admin-queries';
import { LENDER_FORM_FIELDS, lenderFormValues } from '@/lib/lenders/form-fields';
import { lenderKind } from '@/lib/lenders/kind';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { updateLenderAction, verifyLenderAction } from '../actions';

export const metadata: Metadata = { title: 'Edit lender' };

export default async function EditLenderPage({ params }: IdPageProps) {
  await requireRole('editor');
  const { listing: lender, page } = await loadForEdit(lenderKind, { params }, getLenderForEdit);
  return <ListingEditPage {...page} listing={lender} verifyAction={verifyLenderAction} form={{ action: updateLenderAction, fields: LENDER_FORM_FIELDS, initial: lenderFormValues(lender) }} />;
}
