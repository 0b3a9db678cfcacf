// The columns of a schools export, shared by the CSV and XLSX writers so both files carry the same facts in
// the same order, with enum values in plain words (lib/schools/labels.ts; `unknown` = not published).
import type { SchoolRow } from '../schools/queries';
import type { PolicyKey } from '../schools/policy-keys';
import {
  ACCEPTS_INTERNATIONAL_LABEL, CANADIANS_LABEL, COURSEWORK_LABEL, DEGREE_LABEL, FUNDS_LABEL, OWNERSHIP_LABEL,
  YES_LIMITED_LABEL, label,
} from '../schools/labels';

export type ExportSchool = Pick<SchoolRow,
  | 'slug' | 'name' | 'degree' | 'city' | 'state' | 'ownership' | PolicyKey | 'tuitionUsdPerYear' | 'tuitionYear' | 'websiteUrl' | 'internationalPolicyUrl' | 'readerSummary' | 'asOf'
  | 'lastVerifiedAt'> & { sources: { url: string; title: string | null }[] };

export type ColumnKind = 'text' | 'currency' | 'link';

export type SchoolColumn = {
  header: string;
  width: number;
  kind: ColumnKind;
  value: (school: ExportSchool) => string | number | null;
};

const text = (header: string, width: number, value: SchoolColumn['value']): SchoolColumn => ({ header, width, kind: 'text', value });

export const SCHOOL_COLUMNS: SchoolColumn[] = [
  text('School', 40, (s) => s.name),
  text('Degree', 16, (s) => label(DEGREE_LABEL, s.degree)),
  text('City', 18, (s) => s.city),
  text('State', 7, (s) => s.state),
  text('Ownership', 11, (s) => label(OWNERSHIP_LABEL, s.ownership)),
  text('International applicants', 34, (s) => label(ACCEPTS_INTERNATIONAL_LABEL, s.acceptsInternational)),
  text('US/Canadian coursework', 34, (s) => label(COURSEWORK_LABEL, s.usCourseworkRequired)),
  text('Proof of funds or escrow', 34, (s) => label(FUNDS_LABEL, s.escrowOrProofOfFunds)),
  text('Need-based aid for internationals', 18, (s) => label(YES_LIMITED_LABEL, s.needBasedAidForInternationals)),
  text('Merit scholarships for internationals', 18, (s) => label(YES_LIMITED_LABEL, s.meritScholarshipsForInternationals)),
  text('Institutional loans for internationals', 18, (s) => label(YES_LIMITED_LABEL, s.institutionalLoansForInternationals)),
  text('Private loans with US cosigner accepted', 18, (s) => label(YES_LIMITED_LABEL, s.cosignerLoansAccepted)),
  text('DACA recipients accepted', 18, (s) => label(YES_LIMITED_LABEL, s.dacaAccepted)),
  text('Canadian applicants', 28, (s) => label(CANADIANS_LABEL, s.canadiansTreatedAs)),
  { header: 'Tuition (USD per year)', width: 14, kind: 'currency', value: (s) => s.tuitionUsdPerYear },
  text('Tuition year', 10, (s) => s.tuitionYear),
  { header: 'Website', width: 30, kind: 'link', value: (s) => s.websiteUrl },
  { header: 'International policy page', width: 30, kind: 'link', value: (s) => s.internationalPolicyUrl },
  // The readers' summary, never the editors' research note (notesShort).
  text('Summary', 60, (s) => s.readerSummary),
  text('Data as of', 11, (s) => s.asOf),
  text('Last verified', 12, (s) => (s.lastVerifiedAt ? s.lastVerifiedAt.toISOString().slice(0, 10) : null)),
];

export const NOTES_HEADER = 'Your notes';
export const SOURCES_HEADER = 'Sources';
export const PAGE_HEADER = 'Page on IMG Pathways';
