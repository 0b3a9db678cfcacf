// The admin event form's fields (names = eventFormSchema keys = database columns = audit keys).
import { SLUG_FIELD, STATUS_FIELD, type FormFieldSpec } from '../schools/form-fields';
import { EVENT_AUDIENCES, EVENT_COSTS, EVENT_KINDS, EVENT_TOPICS } from './vocabulary';
import { ORGANIZER_KEYS } from './organizers';

const field = (key: string, label: string, kind: FormFieldSpec['kind'], extra: Partial<FormFieldSpec> = {}): FormFieldSpec => ({ name: key, key, label, kind, ...extra });

export const EVENT_FORM_FIELDS: FormFieldSpec[] = [
  field('title', 'Title', 'text'),
  SLUG_FIELD,
  STATUS_FIELD,
  field('kind', 'Kind', 'select', { options: EVENT_KINDS, hint: 'recording = watch any time; series = a recurring program; event = one session' }),
  field('organizer', 'Organizer (as the source names it)', 'text'),
  field('organizerKey', 'Organizer in our directory and filters', 'select', { options: ['', ...ORGANIZER_KEYS] }),
  field('audience', 'Audience (as the source states it)', 'text'),
  field('audiences', 'Audience groups', 'text', { hint: `Comma-separated: ${EVENT_AUDIENCES.join(', ')}` }),
  field('topics', 'Topics', 'text', { hint: `Comma-separated: ${EVENT_TOPICS.join(', ')}` }),
  field('cost', 'Cost', 'select', { options: EVENT_COSTS }),
  field('costNote', 'Cost note (optional)', 'text', { hint: 'e.g. $25 members / $75 non-members' }),
  field('recurrence', 'How often (series only, as the source states it)', 'textarea'),
  field('startsLocal', 'Start as the source gives it (optional)', 'text', { hint: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time' }),
  field('timeZone', 'Time zone of that start (optional)', 'text', { hint: 'IANA name, e.g. America/New_York; leave empty when the source names none' }),
  field('registrationUrl', 'Registration or watch URL (optional)', 'text'),
  field('sourceUrl', 'Source URL (the organizer’s page)', 'text'),
  field('sourceDate', 'Source page’s own date (optional)', 'text', { hint: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
  field('description', 'Description (optional)', 'textarea'),
];

export const EVENT_FIELD_LABEL: Record<string, string> = Object.fromEntries(EVENT_FORM_FIELDS.map((f) => [f.key, f.label]));
export const EVENT_SNAPSHOT_KEYS = EVENT_FORM_FIELDS.map((f) => f.key);

type EventRow = Record<(typeof EVENT_SNAPSHOT_KEYS)[number], unknown>;

export function eventFormValues(row: EventRow): Record<string, string> {
  return Object.fromEntries(EVENT_SNAPSHOT_KEYS.map((k) => [k, row[k] == null ? '' : String(row[k])]));
}

export function emptyEventValues(): Record<string, string> {
  return { ...Object.fromEntries(EVENT_SNAPSHOT_KEYS.map((k) => [k, ''])), status: 'draft', kind: 'event', cost: 'unknown' };
}
