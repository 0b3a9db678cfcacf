// The admin event form: start and end typed as wall-clock times in a chosen IANA time zone (or UTC), stored as
// UTC instants; URLs must be http(s).
import { z } from 'zod';
import { LISTING_STATUSES } from './enums';
import { enumField, httpUrlSchema, optionalUrlSchema, slugSchema } from './common';
import { isTimeZone, zonedToUtc } from '../events/zoned-time';

export const eventFormSchema = z
  .object({
    title: z.string().trim().min(5, 'Title is required').max(200, 'Title is at most 200 characters'),
    slug: slugSchema,
    status: enumField(LISTING_STATUSES, 'Status'),
    description: z.string().trim().min(10, 'Description is required').max(5000, 'Description is at most 5000 characters'),
    timeZone: z.string().trim().refine(isTimeZone, 'Choose a valid time zone'),
    startsAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time'),
    endsAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time'),
    registrationUrl: httpUrlSchema,
    audience: z.string().trim().max(300, 'Audience is at most 300 characters').default(''),
    organizer: z.string().trim().max(200, 'Organizer is at most 200 characters').default(''),
    sourceUrl: optionalUrlSchema.default(null as never),
  })
  .transform((form, ctx) => {
    const startsAt = zonedToUtc(form.startsAt, form.timeZone);
    const endsAt = zonedToUtc(form.endsAt, form.timeZone);
    if (!startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'Enter a real date and time' });
    if (!endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Enter a real date and time' });
    if (startsAt && endsAt && endsAt <= startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' });
    const { timeZone: _zone, ...rest } = form;
    return { ...rest, startsAt: startsAt ?? new Date(0), endsAt: endsAt ?? new Date(0) };
  });
export type EventInput = z.output<typeof eventFormSchema>;
