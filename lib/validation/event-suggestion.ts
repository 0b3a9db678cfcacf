// A visitor's "Suggest an event": what it is, the organizer's page (required: we list only what an organizer's
// own page states), when, if they know, and an optional email for a reply. `website` is the honeypot.
import { z } from 'zod';
import { honeypotSchema, httpUrlSchema, optionalReplyEmailSchema } from './common';

export const eventSuggestionSchema = z.object({
  title: z.string().trim().min(3, 'Name the event or program').max(300, 'At most 300 characters'),
  organizerUrl: z.string().trim().min(1, 'Give the link to the organizer’s page about it').pipe(httpUrlSchema),
  when: z.string().trim().max(200, 'At most 200 characters').default('').transform((v) => (v === '' ? null : v)),
  details: z.string().trim().max(2000, 'At most 2000 characters').default(''),
  email: optionalReplyEmailSchema,
  website: honeypotSchema,
});
export type EventSuggestionInput = z.output<typeof eventSuggestionSchema>;
