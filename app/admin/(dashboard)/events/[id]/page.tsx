// /admin/events/[id] — edit an event, see its history, go to delete.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getEventForEdit } from '@/lib/events/admin-queries';
import { EVENT_FIELD_LABEL, EVENT_FORM_FIELDS, eventFormValues } from '@/lib/events/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { History } from '@/components/admin/History';
import { ListingEditPage } from '@/components/admin/ListingEditPage';
import { updateEventAction } from '../actions';

export const metadata: Metadata = { title: 'Edit event' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditEventPage({ params, searchParams }: Props) {
  await requireRole('editor');
  const id = Number((await params).id);
  const event = Number.isInteger(id) && id > 0 ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const history = await listEntityHistory('event', id);
  const created = (await searchParams).saved === 'created';
  return (
    <ListingEditPage
      basePath="/admin/events"
      listLabel="All events"
      listing={{ id: event.id, name: event.title, version: event.version }}
      publicPage={{ href: `/events/${event.slug}`, published: event.status === 'published' }}
      createdNotice={created ? 'Event created.' : null}
      form={
        <SchoolForm
          action={updateEventAction}
          initial={eventFormValues(event)}
          fields={EVENT_FORM_FIELDS}
          hidden={{ id: String(event.id), version: String(event.version) }}
          submitLabel="Save changes"
        />
      }
      history={<History entries={history} labels={EVENT_FIELD_LABEL} />}
    />
  );
}
