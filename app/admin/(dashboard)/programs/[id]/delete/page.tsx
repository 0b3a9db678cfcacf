// /admin/programs/[id]/delete — the confirmation step before a program is deleted.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getProgramForEdit } from '@/lib/programs/admin-queries';
import { ActionButton } from '@/components/admin/ActionButton';
import { deleteProgramAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete program' };

export default async function DeleteProgramPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const program = Number.isInteger(id) && id > 0 ? await getProgramForEdit(id) : null;
  if (!program) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Delete {program.name}?</h1>
      <p>This removes the program and its {program.sources.length} sources. The audit log keeps a copy of every field.</p>
      <div className="flex gap-3">
        <ActionButton action={deleteProgramAction} fields={{ id: String(program.id) }} label="Yes, delete this program" tone="danger" />
        <Link href={`/admin/programs/${program.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
