// /admin/events/new — write a guide event.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { EVENT_FORM_FIELDS, emptyEventValues } from '@/lib/events/form-fields';
import { eventKind } from '@/lib/events/kind';
import { ListingNewPage } from '@/components/admin/ListingNewPage';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'Add an event' };

export default async function NewEventPage() {
  await requireRole('editor');
  return <ListingNewPage kind={eventKind} title="Add an event" action={createEventAction} initial={emptyEventValues()} fields={EVENT_FORM_FIELDS} />;
}
