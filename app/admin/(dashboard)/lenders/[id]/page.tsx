// /admin/lenders/[id] — edit a lender, mark it verified, see its history.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getLenderForEdit } from '@/lib/lenders/admin-queries';
import { LENDER_FIELD_LABEL, LENDER_FORM_FIELDS, lenderFormValues } from '@/lib/lenders/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { formatDate } from '@/lib/dates';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { ActionButton } from '@/components/admin/ActionButton';
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
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/lenders">All lenders</Link>
        </p>
        <h1 className="text-2xl font-bold">{lender.name}</h1>
        <p className="text-sm text-slate-700">
          Version {lender.version} · Last verified {lender.lastVerifiedAt ? formatDate(lender.lastVerifiedAt) : 'never'}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <ActionButton action={verifyLenderAction} fields={{ id: String(lender.id) }} label="Mark verified today" />
        <Link href={`/admin/lenders/${lender.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </div>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Details
        </h2>
        <SchoolForm
          action={updateLenderAction}
          initial={lenderFormValues(lender)}
          fields={LENDER_FORM_FIELDS}
          hidden={{ id: String(lender.id), version: String(lender.version) }}
          submitLabel="Save changes"
        />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <History entries={history} labels={LENDER_FIELD_LABEL} />
      </section>
    </div>
  );
}
