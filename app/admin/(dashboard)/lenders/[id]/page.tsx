// /admin/lenders/[id] — edit a lender, mark it verified, see its history.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getLenderForEdit } from '@/lib/lenders/admin-queries';
import { LENDER_FIELD_LABEL, LENDER_FORM_FIELDS, lenderFormValues } from '@/lib/lenders/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { History } from '@/components/admin/History';
import { updateLenderAction, verifyLenderAction } from '../actions';

export const metadata: Metadata = { title: 'Edit lender' };

export default async function EditLenderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const lender = Number.isInteger(id) && id > 0 ? await getLenderForEdit(id) : null;
  if (!lender) notFound();
  const history = await listEntityHistory('lender', id);
  return (
    <ListingEditPage
      basePath="/admin/lenders"
      listLabel="All lenders"
      listing={lender}
      verifyAction={verifyLenderAction}
      form={
        <SchoolForm
          action={updateLenderAction}
          initial={lenderFormValues(lender)}
          fields={LENDER_FORM_FIELDS}
          hidden={{ id: String(lender.id), version: String(lender.version) }}
          submitLabel="Save changes"
        />
      }
      history={<History entries={history} labels={LENDER_FIELD_LABEL} />}
    />
  );
}
