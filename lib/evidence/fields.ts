// The ten policy fields that evidence can support: the CSV column name (what evidence.csv, the import and the
// API use), the School column that holds the editors' value, the twin column that holds it only when a school
// or official page supports it (lib/evidence/confirmed.ts), and the values the field takes.
import {
  ACCEPTS_INTERNATIONAL,
  CANADIANS_TREATED_AS,
  COURSEWORK,
  FUNDS,
  YES_LIMITED_NO_UNKNOWN,
  YES_NO_UNKNOWN,
} from '../validation/enums';

export const SOURCE_KINDS = ['school', 'official', 'third_party', 'forum'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds whose support makes a fact count for the `source=school` filter. */
export const CONFIRMING_KINDS: readonly SourceKind[] = ['school', 'official'];

export const EVIDENCE_FIELDS = [
  { field: 'accepts_international', column: 'acceptsInternational', confirmed: 'confirmedAcceptsInternational', values: ACCEPTS_INTERNATIONAL },
  { field: 'us_coursework_required', column: 'usCourseworkRequired', confirmed: 'confirmedUsCourseworkRequired', values: COURSEWORK },
  { field: 'escrow_or_proof_of_funds', column: 'escrowOrProofOfFunds', confirmed: 'confirmedEscrowOrProofOfFunds', values: FUNDS },
  { field: 'need_based_aid_for_internationals', column: 'needBasedAidForInternationals', confirmed: 'confirmedNeedBasedAid', values: YES_LIMITED_NO_UNKNOWN },
  { field: 'merit_scholarships_for_internationals', column: 'meritScholarshipsForInternationals', confirmed: 'confirmedMeritScholarships', values: YES_LIMITED_NO_UNKNOWN },
  { field: 'institutional_loans_for_internationals', column: 'institutionalLoansForInternationals', confirmed: 'confirmedInstitutionalLoans', values: YES_NO_UNKNOWN },
  { field: 'cosigner_loans_accepted', column: 'cosignerLoansAccepted', confirmed: 'confirmedCosignerLoans', values: YES_NO_UNKNOWN },
  { field: 'daca_accepted', column: 'dacaAccepted', confirmed: 'confirmedDacaAccepted', values: YES_NO_UNKNOWN },
  { field: 'canadians_treated_as', column: 'canadiansTreatedAs', confirmed: 'confirmedCanadiansTreatedAs', values: CANADIANS_TREATED_AS },
  { field: 'tuition_usd_per_year', column: 'tuitionUsdPerYear', confirmed: 'confirmedTuitionUsdPerYear', values: null },
] as const;

export type EvidenceFieldSpec = (typeof EVIDENCE_FIELDS)[number];
export type EvidenceField = EvidenceFieldSpec['field'];
export type PolicyColumn = EvidenceFieldSpec['column'];
export type ConfirmedColumn = EvidenceFieldSpec['confirmed'];

export const EVIDENCE_FIELD_NAMES = EVIDENCE_FIELDS.map((f) => f.field) as EvidenceField[];

const BY_FIELD = new Map<string, EvidenceFieldSpec>(EVIDENCE_FIELDS.map((f) => [f.field, f]));
const BY_COLUMN = new Map<string, EvidenceFieldSpec>(EVIDENCE_FIELDS.map((f) => [f.column, f]));

export function evidenceFieldSpec(field: string): EvidenceFieldSpec | undefined {
  return BY_FIELD.get(field);
}

export function evidenceFieldForColumn(column: string): EvidenceFieldSpec | undefined {
  return BY_COLUMN.get(column);
}

/** A school's value for a field as evidence stores it (text; tuition as whole dollars, "" when unknown). */
export function valueAsText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Is `value` one this field can take? (Evidence never records `unknown`: a page supports a value.) */
export function isValidEvidenceValue(spec: EvidenceFieldSpec, value: string): boolean {
  if (spec.values === null) return /^\d{1,7}$/.test(value);
  return value !== 'unknown' && (spec.values as readonly string[]).includes(value);
}
