// How a school's evidence is shown to readers (school page, compare, exports): for each field, the pages that
// agree with the value shown, the pages that say something else, and — for a field still unknown — the pages
// that hint at a value; a one-line trust summary; and, per page, the facts it supports. Pure: no database.
import { hostOf } from '../hosts';
import { SOURCE_KIND_LABEL, sourceKindLabel } from './labels';
import {
  ACCEPTS_INTERNATIONAL_LABEL, CANADIANS_LABEL, COURSEWORK_LABEL, FUNDS_LABEL, YES_LIMITED_LABEL, formatUsd, label,
} from '../schools/labels';
import { EVIDENCE_FIELDS, SOURCE_KINDS, valueAsText, type EvidenceField, type EvidenceFieldSpec, type SourceKind } from './fields';

export type EvidenceRow = { field: string; value: string; sourceUrl: string; sourceDate: string; sourceKind: string };

export { SOURCE_KIND_LABEL, sourceKindLabel };

/** How a hint's page is named in "Not confirmed — … suggests …". */
const HINT_SUBJECT: Record<SourceKind, string> = {
  school: 'the school’s own page',
  official: 'an official body’s page',
  third_party: 'a third-party page',
  forum: 'a forum post',
};

/** The trust summary's words for facts supported best by each kind: [one, several]. */
const TRUST_PHRASE: Record<SourceKind, [string, string]> = {
  school: ['the school’s own pages', 'the school’s own pages'],
  official: ['an official body', 'official bodies'],
  third_party: ['a third-party list', 'third-party lists'],
  forum: ['a forum', 'forums'],
};

/** Short names of the fields, for "supports: …" lists and export rows. */
export const FIELD_SHORT_LABEL: Record<EvidenceField, string> = {
  accepts_international: 'International applicants',
  us_coursework_required: 'US/Canadian coursework',
  escrow_or_proof_of_funds: 'Proof of funds or escrow',
  need_based_aid_for_internationals: 'Need-based aid',
  merit_scholarships_for_internationals: 'Merit scholarships',
  institutional_loans_for_internationals: 'Institutional loans',
  cosigner_loans_accepted: 'Loans with a US cosigner',
  daca_accepted: 'DACA recipients',
  canadians_treated_as: 'Canadian applicants',
  tuition_usd_per_year: 'Tuition',
};

const VALUE_LABELS: Partial<Record<EvidenceField, Record<string, string>>> = {
  accepts_international: ACCEPTS_INTERNATIONAL_LABEL,
  us_coursework_required: COURSEWORK_LABEL,
  escrow_or_proof_of_funds: FUNDS_LABEL,
  canadians_treated_as: CANADIANS_LABEL,
};

/** A value as readers see it ("Yes", "Escrow of all years’ costs", "$62,974"). */
export function evidenceValueLabel(field: string, value: string): string {
  if (field === 'tuition_usd_per_year') return value === '' ? formatUsd(null) : formatUsd(Number(value));
  return label(VALUE_LABELS[field as EvidenceField] ?? YES_LIMITED_LABEL, value);
}

/** The year the school's facts were read: the first year in its as-of value ("2026", "2026-12"). */
export function readYear(asOf: string): string | null {
  return /\b(19|20)\d{2}\b/.exec(asOf)?.[0] ?? null;
}

/**
 * A page's date as readers see it: "dated 2024-05", "page date: Class of 2018 data" (a date given in words),
 * or, for a page without one, "undated page, read 2026" (the year the school's facts were read).
 */
export function sourceDateText(sourceDate: string, asOf: string): string {
  const given = sourceDate.trim();
  if (/^undated\b/i.test(given)) return given;
  if (given) return /^\d/.test(given) ? `dated ${given}` : `page date: ${given}`;
  const year = readYear(asOf);
  return year ? `undated page, read ${year}` : 'undated page';
}

/** A page's title: the one recorded for it (SOURCES.md via the school's sources), else its host. */
export function pageTitle(url: string, titles: ReadonlyMap<string, string | null>): string {
  return titles.get(url) || hostOf(url);
}

export type FieldEvidence = {
  spec: EvidenceFieldSpec;
  /** The value shown, as evidence stores it ("" or "unknown" when not known). */
  value: string;
  known: boolean;
  /** Pages that state the value shown. */
  agree: EvidenceRow[];
  /** Pages that state another value while the value is known. */
  disagree: EvidenceRow[];
  /** Pages that state a value while the field is still unknown. */
  hints: EvidenceRow[];
};

const KIND_RANK = new Map<string, number>(SOURCE_KINDS.map((k, i) => [k, i]));
const byKind = (a: EvidenceRow, b: EvidenceRow) => (KIND_RANK.get(a.sourceKind) ?? 9) - (KIND_RANK.get(b.sourceKind) ?? 9);

export function isKnownValue(value: string): boolean {
  return value !== '' && value !== 'unknown';
}

/** Sorts one field's pages into agree / disagree / hint (each list school pages first, then official, …). */
export function classifyField(spec: EvidenceFieldSpec, value: string, rows: readonly EvidenceRow[]): FieldEvidence {
  const mine = rows.filter((r) => r.field === spec.field).sort(byKind);
  const known = isKnownValue(value);
  return {
    spec,
    value,
    known,
    agree: known ? mine.filter((r) => r.value === value) : [],
    disagree: known ? mine.filter((r) => r.value !== value) : [],
    hints: known ? [] : mine,
  };
}

/** Every evidence field of a school, in EVIDENCE_FIELDS order. `school` has the School columns. */
export function classifySchool(school: Record<string, unknown>, rows: readonly EvidenceRow[]): FieldEvidence[] {
  return EVIDENCE_FIELDS.map((spec) => classifyField(spec, valueAsText(school[spec.column]), rows));
}

/** The best kind among pages (school before official before third-party before forum), or null. */
export function bestKind(rows: readonly EvidenceRow[]): SourceKind | null {
  const first = [...rows].sort(byKind)[0];
  return first ? (first.sourceKind as SourceKind) : null;
}

export function disagreeText(row: EvidenceRow): string {
  return `Another source says “${evidenceValueLabel(row.field, row.value)}”`;
}

export function hintText(row: EvidenceRow): string {
  const subject = HINT_SUBJECT[row.sourceKind as SourceKind] ?? 'another page';
  return `Not confirmed — ${subject} suggests “${evidenceValueLabel(row.field, row.value)}”`;
}

export type TrustSummary = { known: number; byKind: Record<SourceKind, number>; unsupported: number; text: string };

/**
 * "8 of 9 facts from the school’s own pages; 1 from a third-party list": each known fact counted once, under
 * the best kind of page that states it; known facts no listed page states are counted last.
 */
export function trustSummary(fields: readonly FieldEvidence[]): TrustSummary {
  const counts = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  let known = 0;
  let unsupported = 0;
  for (const f of fields) {
    if (!f.known) continue;
    known += 1;
    const kind = bestKind(f.agree);
    if (kind) counts[kind] += 1;
    else unsupported += 1;
  }
  if (known === 0) return { known, byKind: counts, unsupported, text: 'No fact on this page is confirmed yet.' };
  const parts: string[] = [];
  for (const kind of SOURCE_KINDS) {
    const n = counts[kind];
    if (!n) continue;
    const phrase = TRUST_PHRASE[kind][n === 1 ? 0 : 1];
    parts.push(parts.length ? `${n} from ${phrase}` : `${n} of ${known} fact${known === 1 ? '' : 's'} from ${phrase}`);
  }
  if (unsupported) {
    const tail = `with no page listed that states ${unsupported === 1 ? 'it' : 'them'}`;
    parts.push(parts.length ? `${unsupported} ${tail}` : `${unsupported} of ${known} fact${known === 1 ? '' : 's'} ${tail}`);
  }
  return { known, byKind: counts, unsupported, text: parts.join('; ') };
}

export type PageFact = { field: EvidenceField; value: string; agrees: boolean; hint: boolean };

/** For each page (by URL): the facts it speaks to, whether it agrees with the value shown, or is a hint. */
export function factsByPage(fields: readonly FieldEvidence[]): Map<string, PageFact[]> {
  const out = new Map<string, PageFact[]>();
  const add = (row: EvidenceRow, agrees: boolean, hint: boolean) =>
    out.set(row.sourceUrl, [...(out.get(row.sourceUrl) ?? []), { field: row.field as EvidenceField, value: row.value, agrees, hint }]);
  for (const f of fields) {
    for (const row of f.agree) add(row, true, false);
    for (const row of f.disagree) add(row, false, false);
    for (const row of f.hints) add(row, false, true);
  }
  return out;
}

/** Does this page state the value the school's field shows? (Exports' "agrees" column.) */
export function rowAgrees(row: EvidenceRow, school: Record<string, unknown>): boolean {
  const spec = EVIDENCE_FIELDS.find((f) => f.field === row.field);
  return !!spec && valueAsText(school[spec.column]) === row.value;
}
