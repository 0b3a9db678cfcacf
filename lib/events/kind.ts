// Events as a listing kind (lib/listings/kind.ts): form fields = columns = audit keys, no Source rows (an
// event cites its organizer's page in sourceUrl), no verification date.
import 'server-only';
import { ALL_PUBLIC_TAGS } from '../cache/tags';
import type { ListingKind, Snapshot } from '../listings/kind';
import { eventFormSchema, type EventInput } from '../validation/event-form';
import { EVENT_FIELD_LABEL, EVENT_SNAPSHOT_KEYS } from './form-fields';

function snapshot(values: Record<string, unknown>): Snapshot {
  return Object.fromEntries(EVENT_SNAPSHOT_KEYS.map((k) => [k, values[k] instanceof Date ? (values[k] as Date).toISOString() : (values[k] ?? null)]));
}

export const eventKind: ListingKind<EventInput> = {
  entity: 'event',
  noun: 'event',
  formSchema: eventFormSchema,
  snapshotKeys: EVENT_SNAPSHOT_KEYS,
  labels: EVENT_FIELD_LABEL,
  fromRow: snapshot,
  fromInput: snapshot,
  rowData: (input) => input,
  verifiable: false,
  cacheTags: () => ALL_PUBLIC_TAGS,
  adminPath: '/admin/events',
};
