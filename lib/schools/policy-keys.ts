// The nine policy facts every school carries (enum values; `unknown` = no source states it), in the order the
// API, the audit snapshot and the search candidates list them. One list, so a new policy is named once.
export const POLICY_KEYS = [
  'acceptsInternational',
  'usCourseworkRequired',
  'escrowOrProofOfFunds',
  'needBasedAidForInternationals',
  'meritScholarshipsForInternationals',
  'institutionalLoansForInternationals',
  'cosignerLoansAccepted',
  'dacaAccepted',
  'canadiansTreatedAs',
] as const;

export type PolicyKey = (typeof POLICY_KEYS)[number];

/** A school's policy facts as stored: each an enum value. */
export type PolicyFacts = Record<PolicyKey, string>;

/** The policy facts of a row, in POLICY_KEYS order (so JSON written from it keeps that order). */
export function pickPolicyFacts(row: PolicyFacts): PolicyFacts {
  return Object.fromEntries(POLICY_KEYS.map((key) => [key, row[key]])) as PolicyFacts;
}
