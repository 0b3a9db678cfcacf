// One events.csv row → database shape. The seed uses it; nothing is filled in that the row does not give.
import { z } from 'zod';
import { enumField, httpUrlSchema, slugSchema } from './common';
import { EVENT_KINDS } from '../events/vocabulary';
import { isTimeZone } from '../events/zoned-time';
import { isRealStart, startInstant } from '../events/when';
import { audiencesFor, topicsFor } from '../events/classify';
import { organizerKeyFor } from '../events/organizers';

export const EVENT_CSV_COLUMNS = [
  'slug', 'title', 'organizer', 'kind', 'starts_at', 'time_zone', 'recurrence', 'audience', 'cost', 'url', 'source_url', 'source_date',
] as const;

const text = (label: string, max: number) => z.string().trim().max(max, `${label} is at most ${max} characters`);
const emptyToNull = (v: string) => (v === '' ? null : v);

/** "free", "paid", "unknown" or empty, optionally followed by a note in brackets: "paid ($25 members)". */
export const COST_PATTERN = /^(free|paid|unknown)?\s*(?:\((.+)\))?$/i;

export const sourceDateSchema = z
  .string()
  .trim()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'Source date must be YYYY, YYYY-MM or YYYY-MM-DD (or empty)')
  .transform(emptyToNull);

export const startsLocalSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || isRealStart(v), 'Start must be a real date YYYY-MM-DD or local time YYYY-MM-DDTHH:MM (or empty)')
  .transform(emptyToNull);

export const timeZoneSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || (v.includes('/') || v === 'UTC') && isTimeZone(v), 'Time zone must be an IANA name such as America/New_York (or empty)')
  .transform(emptyToNull);

export const eventRowSchema = z
  .object({
    slug: slugSchema,
    title: z.string().trim().min(3, 'Title is required').max(300, 'Title is at most 300 characters'),
    organizer: z.string().trim().min(2, 'Organizer is required').max(300, 'Organizer is at most 300 characters'),
    kind: z.string().trim().toLowerCase().pipe(enumField(EVENT_KINDS, 'Kind')),
    starts_at: startsLocalSchema,
    time_zone: timeZoneSchema,
    recurrence: text('Recurrence', 500).transform(emptyToNull),
    audience: text('Audience', 500),
    cost: z
      .string()
      .trim()
      .refine((v) => COST_PATTERN.test(v), 'Cost must be free, paid, unknown or empty, optionally with a note in brackets'),
    url: z.string().trim().transform(emptyToNull).pipe(httpUrlSchema.nullable()),
    source_url: httpUrlSchema,
    source_date: sourceDateSchema,
  })
  .transform((row) => {
    const [, word, note] = COST_PATTERN.exec(row.cost)!;
    const start = { startsLocal: row.starts_at, timeZone: row.time_zone };
    return {
      slug: row.slug,
      title: row.title,
      organizer: row.organizer,
      organizerKey: organizerKeyFor(row.organizer),
      kind: row.kind,
      startsLocal: row.starts_at,
      timeZone: row.time_zone,
      startsAt: startInstant(start),
      recurrence: row.recurrence,
      audience: row.audience,
      audiences: audiencesFor(row).join(','),
      topics: topicsFor(row).join(','),
      cost: (word?.toLowerCase() ?? 'unknown') as 'free' | 'paid' | 'unknown',
      costNote: note?.trim() || null,
      registrationUrl: row.url,
      sourceUrl: row.source_url,
      sourceDate: row.source_date,
    };
  });

export type EventRecord = z.output<typeof eventRowSchema>;
