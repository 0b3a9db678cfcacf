// Rows for the three listing kinds (schools, lenders, programs), built the one way the seed builds them: a
// record the kind's Zod row schema accepted, plus the columns derived from it (reader summary, search text).
// The seed passes each CSV record; tests call build*/create* for a valid row with only the fields they care
// about overridden. Plain code (no 'server-only'): scripts, Vitest and Playwright import it outside Next, and
// no client component does.
import type { Db } from '../db-client';
import { composeReaderSummary } from '../schools/summary';
import { buildSchoolSearchText, normalizeText } from '../search/normalize';
import { schoolRowSchema, type SchoolRecord, type SchoolRowInput } from '../validation/school';
import { lenderRowSchema, type LenderRecord } from '../validation/lender';
import { programRowSchema, type ProgramRecord } from '../validation/program';
import { nextSequence, sourceRows } from './sources';

/** A school's database columns from a validated record (everything but its slug and sources). */
export function schoolFields(record: SchoolRecord, aliases: string) {
  const { sourceUrls: _sourceUrls, slug: _slug, ...fields } = record;
  return {
    ...fields,
    aliases,
    readerSummary: composeReaderSummary(fields),
    searchText: buildSchoolSearchText({ ...fields, aliases }),
  };
}

export function lenderFields(record: LenderRecord) {
  const { sourceUrls: _sourceUrls, slug: _slug, ...fields } = record;
  return fields;
}

export function programFields(record: ProgramRecord) {
  const { sourceUrls: _sourceUrls, slug: _slug, ...fields } = record;
  return {
    ...fields,
    searchText: normalizeText([fields.name, fields.provider, fields.notesShort, fields.eligibilityNote].join(' ')),
  };
}

// Defaults in the CSV's own form, parsed by the row schemas, so a schema change that makes them invalid fails
// at the first test that builds a row rather than producing rows the app would refuse.
const SCHOOL_VALUES: SchoolRowInput = {
  slug: 'factory-school-md', name: 'Factory School of Medicine', degree: 'MD', city: 'Boston', state: 'MA',
  ownership: 'private', accepts_international: 'yes', us_coursework_required: 'required',
  escrow_or_proof_of_funds: 'proof_1yr', need_based_aid_for_internationals: 'yes',
  merit_scholarships_for_internationals: 'limited', institutional_loans_for_internationals: 'no',
  cosigner_loans_accepted: 'yes', daca_accepted: 'yes', canadians_treated_as: 'international',
  tuition_usd_per_year: '65000', tuition_year: '2025-2026', website_url: 'https://factory.example.org/',
  international_policy_url: 'https://factory.example.org/international', notes_short: 'Accepts international applicants',
  source_urls: 'https://factory.example.org/international', as_of: '2026',
};

const LENDER_VALUES = {
  slug: 'factory-lender', name: 'Factory Student Loans', website_url: 'https://lender.example.org/',
  requires_us_cosigner: 'no', eligible_schools: 'approved_list', covers_medical_school: 'yes',
  max_amount_note: 'Up to the cost of attendance', interest_note: 'Fixed rates', notes_short: 'No cosigner needed',
  source_urls: 'https://lender.example.org/faq', as_of: '2026',
};

const PROGRAM_VALUES = {
  slug: 'factory-program', name: 'Factory Bridging Program', provider: 'Factory Health Institute', country: 'US',
  region: 'MA', kind: 'bridging', format: 'in_person', cost_note: 'Free', duration_note: '12 weeks',
  eligibility_note: 'International medical graduates', website_url: 'https://program.example.org/',
  notes_short: 'Workshops and observerships', source_urls: 'https://program.example.org/about', as_of: '2026',
};

type Overrides<R> = Partial<R>;

/** The defaults as the schema reads them, numbered so each row has its own slug and name, then the overrides. */
function record<R extends { slug: string; name: string }>(schema: { parse(v: unknown): R }, values: object, overrides: Overrides<R>): R {
  const defaults = schema.parse(values);
  const n = nextSequence();
  return { ...defaults, slug: `${defaults.slug}-${n}`, name: `${defaults.name} ${n}`, ...overrides };
}

/** Data for db.school.create/createMany: a valid published school; its slug and name are unique unless given. */
export function buildSchool(overrides: Overrides<SchoolRecord> & { aliases?: string } = {}) {
  const { aliases = '', ...rest } = overrides;
  const r = record(schoolRowSchema, SCHOOL_VALUES, rest);
  return { slug: r.slug, ...schoolFields(r, aliases) };
}

export function buildLender(overrides: Overrides<LenderRecord> = {}) {
  const r = record(lenderRowSchema, LENDER_VALUES, overrides);
  return { slug: r.slug, ...lenderFields(r) };
}

export function buildProgram(overrides: Overrides<ProgramRecord> = {}) {
  const r = record(programRowSchema, PROGRAM_VALUES, overrides);
  return { slug: r.slug, ...programFields(r) };
}

/** A school written to the database with its sources, as the seed writes one. */
export async function createSchool(db: Db, overrides: Parameters<typeof buildSchool>[0] = {}) {
  const urls = overrides.sourceUrls ?? [SCHOOL_VALUES.source_urls];
  return db.school.create({ data: { ...buildSchool(overrides), sources: { create: sourceRows(urls) } } });
}

export async function createLender(db: Db, overrides: Overrides<LenderRecord> = {}) {
  const urls = overrides.sourceUrls ?? [LENDER_VALUES.source_urls];
  return db.lender.create({ data: { ...buildLender(overrides), sources: { create: sourceRows(urls) } } });
}

export async function createProgram(db: Db, overrides: Overrides<ProgramRecord> = {}) {
  const urls = overrides.sourceUrls ?? [PROGRAM_VALUES.source_urls];
  return db.program.create({ data: { ...buildProgram(overrides), sources: { create: sourceRows(urls) } } });
}
