// One row of intl_counts.csv: published counts of international applicants for a scope and cycle.
import { z } from 'zod';
import { asOfSchema, httpUrlSchema } from './common';

const count = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{1,7}$/.test(v), 'Counts are whole numbers')
  .transform((v) => (v === '' ? null : Number(v)));

export const intlCountRowSchema = z
  .object({
    scope: z.string().trim().regex(/^[a-z0-9_-]+$/, 'Scope is all_us_md, all_us_do or a school slug'),
    cycle: z.string().trim().min(1, 'Cycle is required').max(60),
    applicants: count,
    accepted: count,
    matriculated: count,
    schools_accepting: count,
    source_url: httpUrlSchema,
    as_of: asOfSchema,
  })
  .transform((r) => ({
    scope: r.scope,
    cycle: r.cycle,
    applicants: r.applicants,
    accepted: r.accepted,
    matriculated: r.matriculated,
    schoolsAccepting: r.schools_accepting,
    sourceUrl: r.source_url,
    asOf: r.as_of,
  }));
