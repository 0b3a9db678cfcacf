// The admin event form: every field of an event. The start is typed as the source gives it (a date, or a
// local time) with an optional IANA zone; the ordering instant is computed, never typed. Topics and audience
// groups are comma-separated words from the fixed vocabularies.
import { z } from 'zod';
import { LISTING_STATUSES } from './enums';
import { enumField, httpUrlSchema, optionalUrlSchema, slugSchema } from './common';
import { sourceDateSchema, startsLocalSchema, timeZoneSchema } from './event';
import { EVENT_AUDIENCES, EVENT_COSTS, EVENT_KINDS, EVENT_TOPICS } from '../events/vocabulary';
import { ORGANIZER_KEYS } from '../events/organizers';
import { startInstant } from '../events/when';

function wordList(vocabulary: readonly string[], label: string) {
  return z
    .string()
    .trim()
    .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean).map((w) => w.toLowerCase()))])
    .refine((words) => words.every((w) => vocabulary.includes(w)), `${label}: use only ${vocabulary.join(', ')}`)
    .transform((words) => vocabulary.filter((v) => words.includes(v)).join(','));
}

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is at most ${max} characters`).transform((v) => (v === '' ? null : v));

export const eventFormSchema = z
  .object({
    title: z.string().trim().min(3, 'Title is required').max(300, 'Title is at most 300 characters'),
    slug: slugSchema,
    status: enumField(LISTING_STATUSES, 'Status'),
    kind: enumField(EVENT_KINDS, 'Kind'),
    organizer: z.string().trim().min(2, 'Organizer is required').max(300, 'Organizer is at most 300 characters'),
    organizerKey: z
      .string()
      .trim()
      .refine((v) => v === '' || ORGANIZER_KEYS.includes(v), 'Choose an organizer from the list, or none')
      .default(''),
    audience: z.string().trim().max(500, 'Audience is at most 500 characters').default(''),
    audiences: wordList(EVENT_AUDIENCES, 'Audience groups').default(''),
    topics: wordList(EVENT_TOPICS, 'Topics').default(''),
    cost: enumField(EVENT_COSTS, 'Cost'),
    costNote: optionalText('Cost note', 300).default(null as never),
    recurrence: optionalText('Recurrence', 500).default(null as never),
    startsLocal: startsLocalSchema.default(null as never),
    timeZone: timeZoneSchema.default(null as never),
    registrationUrl: optionalUrlSchema.default(null as never),
    sourceUrl: httpUrlSchema,
    sourceDate: sourceDateSchema.default(null as never),
    description: z.string().trim().max(5000, 'Description is at most 5000 characters').default(''),
  })
  .superRefine((form, ctx) => {
    if (form.kind === 'event' && form.recurrence) ctx.addIssue({ code: 'custom', path: ['recurrence'], message: 'A single session has no recurrence; choose “series” as the kind' });
    if (form.timeZone && !form.startsLocal) ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'A time zone needs a start time' });
  })
  .transform((form) => ({ ...form, startsAt: startInstant(form) }));

export type EventInput = z.output<typeof eventFormSchema>;
