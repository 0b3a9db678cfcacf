// A reader's "Report a problem" submission, and an editor's resolution of it.
import { z } from 'zod';
import { CORRECTION_ENTITIES, CORRECTION_FIELDS } from '../corrections/fields';
import { honeypotSchema, optionalReplyEmailSchema, slugSchema } from './common';

export const correctionSchema = z
  .object({
    entityType: z.enum(CORRECTION_ENTITIES, { error: () => 'Unknown listing type' }),
    slug: slugSchema,
    field: z.string().trim().min(1, 'Choose which field is wrong'),
    message: z.string().trim().min(1, 'Describe the problem').max(2000, 'At most 2000 characters'),
    email: optionalReplyEmailSchema,
    website: honeypotSchema,
  })
  .refine((v) => CORRECTION_FIELDS[v.entityType].some((f) => f.value === v.field), { path: ['field'], message: 'Choose which field is wrong' });
export type CorrectionInput = z.output<typeof correctionSchema>;

export const resolveCorrectionSchema = z.object({
  id: z.coerce.number().int().positive(),
  status: z.enum(['resolved', 'dismissed'], { error: () => 'Choose resolve or dismiss' }),
  note: z.string().trim().min(1, 'Add a note saying what was done').max(2000, 'At most 2000 characters'),
});
export type ResolveCorrectionInput = z.output<typeof resolveCorrectionSchema>;
