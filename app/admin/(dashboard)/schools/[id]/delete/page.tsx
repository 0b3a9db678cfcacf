// /admin/schools/[id]/delete — the confirmation step before a school is deleted.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getSchoolForEdit } from '@/lib/schools/admin-queries';
import { ActionButton } from '@/components/admin/ActionButton';
import { deleteSchoolAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete school' };

export default async function DeleteSchoolPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const school = Number.isInteger(id) && id > 0 ? await getSchoolForEdit(id) : null;
  if (!school) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Delete {school.name}?</h1>
      <p>
        This removes the school, its {school.sources.length} sources and its public page at /schools/{school.slug}. The audit log keeps a copy
        of every field. To hide it without deleting, set its status to draft instead.
      </p>
      <div className="flex gap-3">
        <ActionButton action={deleteSchoolAction} fields={{ id: String(school.id) }} label="Yes, delete this school" tone="danger" />
        <Link href={`/admin/schools/${school.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
