// A school as the audit log and the conflict check see it: every editable field, sources as a URL list.
import type { SchoolInput } from '../validation/school-form';
import { resolveReaderSummary } from './reader-summary';

export const SCHOOL_SNAPSHOT_KEYS = [
  'slug', 'name', 'status', 'degree', 'city', 'state', 'ownership', 'acceptsInternational', 'usCourseworkRequired',
  'escrowOrProofOfFunds', 'needBasedAidForInternationals', 'meritScholarshipsForInternationals',
  'institutionalLoansForInternationals', 'cosignerLoansAccepted', 'dacaAccepted', 'canadiansTreatedAs',
  'tuitionUsdPerYear', 'tuitionYear', 'websiteUrl', 'internationalPolicyUrl', 'notesShort', 'readerSummary', 'aliases', 'sources', 'asOf',
] as const;

export type SchoolSnapshot = Record<(typeof SCHOOL_SNAPSHOT_KEYS)[number], unknown>;

export function snapshotFromRow(row: Record<string, unknown> & { sources: { url: string }[] }): SchoolSnapshot {
  const values = { ...row, sources: row.sources.map((s) => s.url) } as Record<string, unknown>;
  return Object.fromEntries(SCHOOL_SNAPSHOT_KEYS.map((key) => [key, values[key] ?? null])) as SchoolSnapshot;
}

export function snapshotFromInput(input: SchoolInput): SchoolSnapshot {
  const values = { ...input, sources: input.sourceUrls, readerSummary: resolveReaderSummary(input.reader_summary, input) } as Record<string, unknown>;
  return Object.fromEntries(SCHOOL_SNAPSHOT_KEYS.map((key) => [key, values[key] ?? null])) as SchoolSnapshot;
}
