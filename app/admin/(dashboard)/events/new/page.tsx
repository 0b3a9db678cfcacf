// /admin/events/new — write a guide event.
import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/require';
import { SchoolForm } from '@/components/admin/SchoolForm';
import { EVENT_FORM_FIELDS, emptyEventValues } from '@/lib/events/form-fields';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'Add an event' };

export default async function NewEventPage() {
  await requireRole('editor');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add an event</h1>
      <SchoolForm action={createEventAction} initial={emptyEventValues()} fields={EVENT_FORM_FIELDS} submitLabel="Create event" />
    </div>
  );
}
