// The admin school form = the CSV row (schoolRowSchema, shared with seed and import) + aliases + status + the
// reader summary (empty = composed from the facts).
import { z } from 'zod';
import { LISTING_STATUSES } from './enums';
import { enumField, shortTextSchema } from './common';
import { schoolRowSchema } from './school';

/** "|"-separated or one per line in, "|"-separated (the stored form) out. */
export const aliasesSchema = z
  .string()
  .default('')
  .transform((value) => [...new Set(value.split(/[|\r\n]+/).map((a) => a.trim()).filter(Boolean))].join('|'))
  .pipe(z.string().max(1000, 'Other names are at most 1000 characters'));

const extras = z.object({
  aliases: aliasesSchema,
  status: enumField(LISTING_STATUSES, 'Status'),
  // Empty = compose it from the facts (lib/schools/reader-summary.ts); the output key is the column name.
  reader_summary: shortTextSchema('Summary for readers', 200).default(''),
});

export const schoolFormSchema = z.intersection(schoolRowSchema, extras);
export type SchoolInput = z.output<typeof schoolFormSchema>;
