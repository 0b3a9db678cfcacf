// /admin/events/[id] — edit an event, see its history, go to delete.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/require';
import { getEventForEdit } from '@/lib/events/admin-queries';
import { EVENT_FIELD_LABEL, EVENT_FORM_FIELDS, eventFormValues } from '@/lib/events/form-fields';
import { listEntityHistory } from '@/lib/audit/list';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { History } from '@/components/admin/History';
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
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/events">All events</Link>
        </p>
        <h1 className="text-2xl font-bold">{event.title}</h1>
        <p className="text-sm text-slate-700">
          {event.status === 'published' ? (
            <Link href={`/events#${event.slug}`} className="underline">
              View the public page
            </Link>
          ) : (
            'Draft: not shown on the public site.'
          )}{' '}
          · Version {event.version}
        </p>
      </div>
      {created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Event created.
        </p>
      ) : null}
      <p>
        <Link href={`/admin/events/${event.id}/delete`} className="rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800">
          Delete…
        </Link>
      </p>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Details
        </h2>
        <SchoolForm
          action={updateEventAction}
          initial={eventFormValues(event)}
          fields={EVENT_FORM_FIELDS}
          hidden={{ id: String(event.id), version: String(event.version) }}
          submitLabel="Save changes"
        />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <History entries={history} labels={EVENT_FIELD_LABEL} />
      </section>
    </div>
  );
}
