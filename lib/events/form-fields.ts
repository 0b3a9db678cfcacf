// The admin event form's fields (names = eventFormSchema keys). Times are shown in UTC when editing.
import { LISTING_STATUSES } from '../validation/enums';
import type { FormFieldSpec } from '../schools/form-fields';
import { EVENT_TIME_ZONES, utcToZonedLocal } from './zoned-time';

export const EVENT_FORM_FIELDS: FormFieldSpec[] = [
  { name: 'title', key: 'title', label: 'Title', kind: 'text' },
  { name: 'slug', key: 'slug', label: 'Slug (used in the URL)', kind: 'text', hint: 'Lower-case letters, digits and hyphens' },
  { name: 'status', key: 'status', label: 'Status', kind: 'select', options: LISTING_STATUSES },
  { name: 'description', key: 'description', label: 'Description', kind: 'textarea' },
  { name: 'timeZone', key: 'timeZone', label: 'Time zone of the start and end below', kind: 'select', options: EVENT_TIME_ZONES },
  { name: 'startsAt', key: 'startsAt', label: 'Starts at', kind: 'datetime' },
  { name: 'endsAt', key: 'endsAt', label: 'Ends at', kind: 'datetime' },
  { name: 'registrationUrl', key: 'registrationUrl', label: 'Registration URL', kind: 'text' },
  { name: 'audience', key: 'audience', label: 'Audience', kind: 'text' },
  { name: 'organizer', key: 'organizer', label: 'Organizer', kind: 'text' },
  { name: 'sourceUrl', key: 'sourceUrl', label: 'Source URL (optional)', kind: 'text' },
];

export const EVENT_FIELD_LABEL: Record<string, string> = Object.fromEntries(EVENT_FORM_FIELDS.map((f) => [f.key, f.label]));
export const EVENT_SNAPSHOT_KEYS = EVENT_FORM_FIELDS.map((f) => f.key).filter((k) => k !== 'timeZone');

type EventRow = { title: string; slug: string; status: string; description: string; startsAt: Date; endsAt: Date; registrationUrl: string; audience: string; organizer: string; sourceUrl: string | null };

export function eventFormValues(row: EventRow): Record<string, string> {
  return {
    title: row.title, slug: row.slug, status: row.status, description: row.description, timeZone: 'UTC',
    startsAt: utcToZonedLocal(row.startsAt), endsAt: utcToZonedLocal(row.endsAt), registrationUrl: row.registrationUrl,
    audience: row.audience, organizer: row.organizer, sourceUrl: row.sourceUrl ?? '',
  };
}

export function emptyEventValues(): Record<string, string> {
  return { title: '', slug: '', status: 'draft', description: '', timeZone: 'UTC', startsAt: '', endsAt: '', registrationUrl: '', audience: '', organizer: '', sourceUrl: '' };
}
