// /admin/events/[id] — edit an event, see its history, go to delete.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { loadForEdit, type EditPageProps } from '@/lib/admin/load-for-edit';
import { getEventForEdit } from '@/lib/events/admin-queries';
import { EVENT_FORM_FIELDS, eventFormValues } from '@/lib/events/form-fields';
import { eventKind } from '@/lib/events/kind';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { updateEventAction } from '../actions';

export const metadata: Metadata = { title: 'Edit event' };

export default async function EditEventPage(props: EditPageProps) {
  await requireRole('editor');
  const { listing: event, page } = await loadForEdit(eventKind, props, getEventForEdit);
  const form = { action: updateEventAction, fields: EVENT_FORM_FIELDS, initial: eventFormValues(event) };
  const publicPage = { href: `/events/${event.slug}`, published: event.status === 'published' };
  return <ListingEditPage {...page} listing={{ id: event.id, name: event.title, version: event.version }} publicPage={publicPage} form={form} />;
}
