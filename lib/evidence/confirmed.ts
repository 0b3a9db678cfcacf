// The `confirmed*` twin of each policy column: the school's value when at least one `school` or `official`
// page in its evidence states that same value, else "unknown" (null for tuition). The `source=school` filter
// reads these columns instead of the editors' values (lib/schools/where.ts), so a filter answer can rest on
// the school's own word alone. Recomputed whenever a school's values or its evidence change.
import { CONFIRMING_KINDS, EVIDENCE_FIELDS, valueAsText, type ConfirmedColumn } from './fields';

export type EvidenceLike = { field: string; value: string; sourceKind: string };
type TextColumn = Exclude<ConfirmedColumn, 'confirmedTuitionUsdPerYear'>;
export type ConfirmedValues = Record<TextColumn, string> & { confirmedTuitionUsdPerYear: number | null };

export function confirmedValues(school: Record<string, unknown>, evidence: EvidenceLike[]): ConfirmedValues {
  const out = {} as ConfirmedValues;
  for (const spec of EVIDENCE_FIELDS) {
    const value = valueAsText(school[spec.column]);
    const supported =
      value !== '' &&
      value !== 'unknown' &&
      evidence.some((e) => e.field === spec.field && e.value === value && CONFIRMING_KINDS.includes(e.sourceKind as never));
    if (spec.confirmed === 'confirmedTuitionUsdPerYear') out.confirmedTuitionUsdPerYear = supported ? Number(value) : null;
    else out[spec.confirmed] = supported ? value : 'unknown';
  }
  return out;
}

export function sameConfirmed(school: Record<string, unknown>, next: ConfirmedValues): boolean {
  return EVIDENCE_FIELDS.every((spec) => (school[spec.confirmed] ?? null) === (next[spec.confirmed as keyof ConfirmedValues] ?? null));
}
