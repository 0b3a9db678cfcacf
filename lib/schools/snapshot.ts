// A school as the audit log and the conflict check see it: every editable field, sources as a URL list
// (built by urlSourcedSnapshots in ./kind.ts).
import { POLICY_KEYS } from './policy-keys';

export const SCHOOL_SNAPSHOT_KEYS = [
  'slug', 'name', 'status', 'degree', 'city', 'state', 'ownership', ...POLICY_KEYS, 'tuitionUsdPerYear', 'tuitionYear', 'websiteUrl', 'internationalPolicyUrl', 'notesShort', 'readerSummary', 'aliases', 'sources', 'asOf',
] as const;

export type SchoolSnapshot = Record<(typeof SCHOOL_SNAPSHOT_KEYS)[number], unknown>;
