// One program row (programs.csv columns) → database shape. Shared by seed, import and admin.
import { z } from 'zod';
import { CA_PROVINCES, PROGRAM_COUNTRIES, PROGRAM_FORMATS, PROGRAM_KINDS, US_STATES } from './enums';
import { asOfSchema, enumField, httpUrlSchema, shortTextSchema, slugSchema, sourceUrlsSchema, camelKeys } from './common';

export const PROGRAM_CSV_COLUMNS = [
  'slug',
  'name',
  'provider',
  'country',
  'region',
  'kind',
  'format',
  'cost_note',
  'duration_note',
  'eligibility_note',
  'website_url',
  'notes_short',
  'source_urls',
  'as_of',
] as const;

const REGIONS: readonly string[] = [...US_STATES, ...CA_PROVINCES];
const emptyToNull = (v: string) => (v === '' ? null : v);

export const programRowSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(2, 'Name is required').max(300),
    provider: z.string().trim().min(1, 'Provider is required').max(300),
    country: z.string().trim().toUpperCase().pipe(enumField(PROGRAM_COUNTRIES, 'Country')),
    region: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === '' || REGIONS.includes(v), 'Region must be a two-letter state or province code')
      .transform(emptyToNull),
    kind: z.string().trim().toLowerCase().pipe(enumField(PROGRAM_KINDS, 'Kind')),
    format: z.string().trim().toLowerCase().pipe(enumField(PROGRAM_FORMATS, 'Format')),
    cost_note: shortTextSchema('Cost note', 300).transform(emptyToNull),
    duration_note: shortTextSchema('Duration note', 300).transform(emptyToNull),
    eligibility_note: shortTextSchema('Eligibility note', 300),
    website_url: httpUrlSchema,
    notes_short: shortTextSchema('Notes', 300),
    source_urls: sourceUrlsSchema,
    as_of: asOfSchema,
  })
  .transform(camelKeys);

export type ProgramRecord = z.output<typeof programRowSchema>;
