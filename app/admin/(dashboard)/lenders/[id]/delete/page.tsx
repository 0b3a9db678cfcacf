// /admin/lenders/[id]/delete — the confirmation step before a lender is deleted.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getLenderForEdit } from '@/lib/lenders/admin-queries';
import { ActionButton } from '@/components/admin/ActionButton';
import { deleteLenderAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete lender' };

export default async function DeleteLenderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const lender = Number.isInteger(id) && id > 0 ? await getLenderForEdit(id) : null;
  if (!lender) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Delete {lender.name}?</h1>
      <p>This removes the lender and its {lender.sources.length} sources. The audit log keeps a copy of every field.</p>
      <div className="flex gap-3">
        <ActionButton action={deleteLenderAction} fields={{ id: String(lender.id) }} label="Yes, delete this lender" tone="danger" />
        <Link href={`/admin/lenders/${lender.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
