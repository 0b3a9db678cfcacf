// The admin school form: one spec per field, named by the CSV column (so the form, the seed and the import
// share one vocabulary and one Zod schema). Pure module, used by the client form and the server.
import {
  ACCEPTS_INTERNATIONAL,
  CANADIANS_TREATED_AS,
  COURSEWORK,
  DEGREES,
  FUNDS,
  LISTING_STATUSES,
  OWNERSHIPS,
  US_STATES,
  YES_LIMITED_NO_UNKNOWN,
  YES_NO_UNKNOWN,
} from '../validation/enums';

export type FormFieldSpec = {
  /** Form field name = CSV column. */
  name: string;
  /** Database / audit key. */
  key: string;
  label: string;
  kind: 'text' | 'select' | 'textarea' | 'number' | 'datetime';
  options?: readonly string[];
  hint?: string;
};

/** The slug and status fields every listing form has after its name or title. */
export const SLUG_FIELD: FormFieldSpec = { name: 'slug', key: 'slug', label: 'Slug (used in the URL)', kind: 'text', hint: 'Lower-case letters, digits and hyphens' };
export const STATUS_FIELD: FormFieldSpec = { name: 'status', key: 'status', label: 'Status', kind: 'select', options: LISTING_STATUSES };

export const SCHOOL_FORM_FIELDS: FormFieldSpec[] = [
  { name: 'name', key: 'name', label: 'Name', kind: 'text' },
  SLUG_FIELD,
  STATUS_FIELD,
  { name: 'degree', key: 'degree', label: 'Degree', kind: 'select', options: DEGREES },
  { name: 'city', key: 'city', label: 'City', kind: 'text' },
  { name: 'state', key: 'state', label: 'State', kind: 'select', options: US_STATES },
  { name: 'ownership', key: 'ownership', label: 'Ownership', kind: 'select', options: OWNERSHIPS },
  { name: 'accepts_international', key: 'acceptsInternational', label: 'Accepts international applicants', kind: 'select', options: ACCEPTS_INTERNATIONAL },
  { name: 'us_coursework_required', key: 'usCourseworkRequired', label: 'US/Canadian coursework required', kind: 'select', options: COURSEWORK },
  { name: 'escrow_or_proof_of_funds', key: 'escrowOrProofOfFunds', label: 'Escrow or proof of funds', kind: 'select', options: FUNDS },
  { name: 'need_based_aid_for_internationals', key: 'needBasedAidForInternationals', label: 'Need-based aid for internationals', kind: 'select', options: YES_LIMITED_NO_UNKNOWN },
  { name: 'merit_scholarships_for_internationals', key: 'meritScholarshipsForInternationals', label: 'Merit scholarships for internationals', kind: 'select', options: YES_LIMITED_NO_UNKNOWN },
  { name: 'institutional_loans_for_internationals', key: 'institutionalLoansForInternationals', label: 'Institutional loans for internationals', kind: 'select', options: YES_NO_UNKNOWN },
  { name: 'cosigner_loans_accepted', key: 'cosignerLoansAccepted', label: 'Private loans with a US cosigner accepted', kind: 'select', options: YES_NO_UNKNOWN },
  { name: 'daca_accepted', key: 'dacaAccepted', label: 'DACA recipients accepted', kind: 'select', options: YES_NO_UNKNOWN },
  { name: 'canadians_treated_as', key: 'canadiansTreatedAs', label: 'Canadians treated as', kind: 'select', options: CANADIANS_TREATED_AS },
  { name: 'tuition_usd_per_year', key: 'tuitionUsdPerYear', label: 'Tuition (USD per year)', kind: 'number', hint: 'Whole dollars; leave empty if not published' },
  { name: 'tuition_year', key: 'tuitionYear', label: 'Tuition year', kind: 'text', hint: 'For example 2025-2026' },
  { name: 'website_url', key: 'websiteUrl', label: 'Website URL', kind: 'text' },
  { name: 'international_policy_url', key: 'internationalPolicyUrl', label: 'International policy URL', kind: 'text' },
  {
    name: 'reader_summary',
    key: 'readerSummary',
    label: 'Summary for readers (at most 200 characters)',
    kind: 'textarea',
    hint: 'Shown on the public pages, in plain words. Leave empty to have it written from the facts above (and rewritten when they change).',
  },
  {
    name: 'notes_short',
    key: 'notesShort',
    label: 'Editors’ note (at most 140 characters; admin only)',
    kind: 'textarea',
    hint: 'Research notes for editors. Never shown to readers.',
  },
  { name: 'aliases', key: 'aliases', label: 'Other names (one per line)', kind: 'textarea', hint: 'Acronyms and former names people search by' },
  { name: 'source_urls', key: 'sources', label: 'Source URLs (one per line)', kind: 'textarea' },
  { name: 'as_of', key: 'asOf', label: 'As of (YYYY or YYYY-MM-DD)', kind: 'text' },
];

export const SCHOOL_FIELD_LABEL = verifiedFieldLabels(SCHOOL_FORM_FIELDS);

/** Labels by audit key, plus the verification date's: the history and conflict labels of a verified kind. */
export function verifiedFieldLabels(fields: FormFieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.key, field.label]).concat([['lastVerifiedAt', 'Last verified']]));
}

export type CsvFormRow = Record<string, unknown> & { sources: { url: string }[] };

/** A saved row as form values for a kind whose fields are CSV columns: sources one URL a line, null as empty. */
export function csvFormValues(fields: FormFieldSpec[], row: CsvFormRow): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      if (f.key === 'sources') return [f.name, row.sources.map((s) => s.url).join('\n')];
      const value = row[f.key];
      return [f.name, value === null || value === undefined ? '' : String(value)];
    }),
  );
}

/** A new listing's values: every select on "unknown" (else its first option), a draft, as of today. */
export function emptyCsvValues(fields: FormFieldSpec[], today: Date): Record<string, string> {
  const initial = (options?: readonly string[]) => (!options ? '' : options.includes('unknown') ? 'unknown' : options[0]);
  return { ...Object.fromEntries(fields.map((f) => [f.name, initial(f.options)])), status: 'draft', as_of: today.toISOString().slice(0, 10) };
}
