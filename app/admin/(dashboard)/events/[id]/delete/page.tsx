// /admin/events/[id]/delete — the confirmation step before an event is deleted.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadListing, type IdPageProps } from '@/lib/admin/load-for-edit';
import { getEventForEdit } from '@/lib/events/admin-queries';
import { eventKind } from '@/lib/events/kind';
import { ListingDeletePage } from '@/components/admin/ListingDeletePage';
import { deleteEventAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete event' };

export default async function DeleteEventPage(props: IdPageProps) {
  await requireRole('editor');
  const event = await loadListing(props, getEventForEdit);
  const removes = <>This removes the event. The audit log keeps a copy of every field.</>;
  return <ListingDeletePage kind={eventKind} listing={{ id: event.id, name: event.title }} action={deleteEventAction} removes={removes} />;
}
