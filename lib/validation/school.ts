// One school row as the seed CSV, the spreadsheet import and the admin form give it (snake_case CSV columns).
// The output is the database shape (camelCase). Shared by all three entry points so they accept the same data.
import { z } from 'zod';
import {
  ACCEPTS_INTERNATIONAL,
  CANADIANS_TREATED_AS,
  COURSEWORK,
  DEGREES,
  FUNDS,
  OWNERSHIPS,
  US_STATES,
  YES_LIMITED_NO_UNKNOWN,
  YES_NO_UNKNOWN,
} from './enums';
import { asOfSchema, enumField, optionalUrlSchema, shortTextSchema, slugSchema, sourceUrlsSchema, camelKeys } from './common';

export const SCHOOL_CSV_COLUMNS = [
  'slug',
  'name',
  'degree',
  'city',
  'state',
  'ownership',
  'accepts_international',
  'us_coursework_required',
  'escrow_or_proof_of_funds',
  'need_based_aid_for_internationals',
  'merit_scholarships_for_internationals',
  'institutional_loans_for_internationals',
  'cosigner_loans_accepted',
  'daca_accepted',
  'canadians_treated_as',
  'tuition_usd_per_year',
  'tuition_year',
  'website_url',
  'international_policy_url',
  'notes_short',
  'source_urls',
  'as_of',
] as const;

const upper = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().toUpperCase().pipe(schema);
const lower = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().toLowerCase().pipe(schema);

export const tuitionSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[$,\s]/g, ''))
  .refine((value) => value === '' || /^\d{1,7}$/.test(value), 'Tuition must be a whole number of US dollars')
  .transform((value) => (value === '' ? null : Number(value)));

export const schoolRowSchema = z
  .object({
    slug: slugSchema,
    name: z.string().trim().min(2, 'Name is required').max(200, 'Name is at most 200 characters'),
    degree: upper(enumField(DEGREES, 'Degree')),
    city: z.string().trim().min(1, 'City is required').max(100, 'City is at most 100 characters'),
    state: upper(enumField(US_STATES, 'State')),
    ownership: lower(enumField(OWNERSHIPS, 'Ownership')),
    accepts_international: lower(enumField(ACCEPTS_INTERNATIONAL, 'Accepts international')),
    us_coursework_required: lower(enumField(COURSEWORK, 'US coursework required')),
    escrow_or_proof_of_funds: lower(enumField(FUNDS, 'Escrow or proof of funds')),
    need_based_aid_for_internationals: lower(enumField(YES_LIMITED_NO_UNKNOWN, 'Need-based aid')),
    merit_scholarships_for_internationals: lower(enumField(YES_LIMITED_NO_UNKNOWN, 'Merit scholarships')),
    institutional_loans_for_internationals: lower(enumField(YES_NO_UNKNOWN, 'Institutional loans')),
    cosigner_loans_accepted: lower(enumField(YES_NO_UNKNOWN, 'Cosigner loans accepted')),
    daca_accepted: lower(enumField(YES_NO_UNKNOWN, 'DACA accepted')),
    canadians_treated_as: lower(enumField(CANADIANS_TREATED_AS, 'Canadians treated as')),
    tuition_usd_per_year: tuitionSchema,
    tuition_year: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{4}(-\d{4})?$/.test(v), 'Tuition year looks like 2025-2026')
      .transform((v) => (v === '' ? null : v)),
    website_url: optionalUrlSchema,
    international_policy_url: optionalUrlSchema,
    notes_short: shortTextSchema('Notes', 140),
    source_urls: sourceUrlsSchema,
    as_of: asOfSchema,
  })
  .transform(camelKeys);

export type SchoolRowInput = z.input<typeof schoolRowSchema>;
export type SchoolRecord = z.output<typeof schoolRowSchema>;
