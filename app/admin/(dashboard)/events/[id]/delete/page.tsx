// /admin/events/[id]/delete — the confirmation step before an event is deleted.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getEventForEdit } from '@/lib/events/admin-queries';
import { ActionButton } from '@/components/admin/ActionButton';
import { deleteEventAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete event' };

export default async function DeleteEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('editor');
  const id = Number((await params).id);
  const event = Number.isInteger(id) && id > 0 ? await getEventForEdit(id) : null;
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Delete {event.title}?</h1>
      <p>This removes the event. The audit log keeps a copy of every field.</p>
      <div className="flex gap-3">
        <ActionButton action={deleteEventAction} fields={{ id: String(event.id) }} label="Yes, delete this event" tone="danger" />
        <Link href={`/admin/events/${event.id}`}>Cancel</Link>
      </div>
    </div>
  );
}
