// One lender row (lenders.csv columns) → database shape. Shared by seed, import and admin.
import { z } from 'zod';
import { LENDER_COSIGNER, LENDER_ELIGIBLE_SCHOOLS, YES_NO_UNKNOWN } from './enums';
import { asOfSchema, enumField, optionalUrlSchema, shortTextSchema, slugSchema, sourceUrlsSchema, camelKeys } from './common';

export const LENDER_CSV_COLUMNS = [
  'slug',
  'name',
  'website_url',
  'requires_us_cosigner',
  'eligible_schools',
  'covers_medical_school',
  'max_amount_note',
  'interest_note',
  'notes_short',
  'source_urls',
  'as_of',
] as const;

const lower = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().toLowerCase().pipe(schema);

export const lenderRowSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(2, 'Name is required').max(200),
    website_url: optionalUrlSchema,
    requires_us_cosigner: lower(enumField(LENDER_COSIGNER, 'Requires US cosigner')),
    eligible_schools: lower(enumField(LENDER_ELIGIBLE_SCHOOLS, 'Eligible schools')),
    covers_medical_school: lower(enumField(YES_NO_UNKNOWN, 'Covers medical school')),
    max_amount_note: shortTextSchema('Maximum amount note', 300),
    interest_note: shortTextSchema('Interest note', 300),
    notes_short: shortTextSchema('Notes', 300),
    source_urls: sourceUrlsSchema,
    as_of: asOfSchema,
  })
  .transform(camelKeys);

export type LenderRecord = z.output<typeof lenderRowSchema>;
