// The compare table as data: one row per field (the basics, then every FIELD_GROUPS field), one cell per
// school, and whether the schools differ on that row. A policy cell names the page that states it (the best
// kind: the school's own page first), that page's kind and date, and whether another page disputes it. Pure,
// so the page and tests share it.
import { FIELD_GROUPS } from '../schools/fields';
import { DEGREE_LABEL, OWNERSHIP_LABEL, label } from '../schools/labels';
import { formatDate } from '../dates';
import { STATE_NAMES } from '../geo/states';
import type { SchoolRow } from '../schools/queries';
import { evidenceFieldForColumn } from '../evidence/fields';
import { classifyField, sourceDateText, sourceKindLabel, type EvidenceRow } from '../evidence/display';

export type CompareCell = {
  text: string;
  sourceUrl: string | null;
  /** "School’s own page", "Third-party list", … when a recorded page states this value. */
  sourceKind?: string;
  /** "dated 2024", "undated page, read 2026". */
  sourceDate?: string;
  /** Another page states a different value. */
  disputed?: boolean;
  /** The value is unknown, but a page suggests one (shown on the school page as "Not confirmed — …"). */
  hinted?: boolean;
};
export type CompareRow = { key: string; label: string; cells: CompareCell[]; differs: boolean };
export type CompareGroup = { title: string; rows: CompareRow[] };

type Basic = { key: string; label: string; value: (s: SchoolRow) => string; sourced: boolean };

const BASICS: Basic[] = [
  { key: 'degree', label: 'Degree', value: (s) => label(DEGREE_LABEL, s.degree), sourced: false },
  { key: 'location', label: 'Location', value: (s) => `${s.city}, ${STATE_NAMES[s.state] ?? s.state}`, sourced: false },
  { key: 'ownership', label: 'Ownership', value: (s) => label(OWNERSHIP_LABEL, s.ownership), sourced: false },
  { key: 'asOf', label: 'Information as of', value: (s) => s.asOf, sourced: true },
  {
    key: 'lastVerifiedAt',
    label: 'Last verified by an editor',
    value: (s) => (s.lastVerifiedAt ? formatDate(s.lastVerifiedAt) : 'Not yet re-verified'),
    sourced: false,
  },
];

/** The page a reader should open to check a fact: the official policy page, else the first cited source. */
export function sourceFor(school: Pick<SchoolRow, 'internationalPolicyUrl' | 'sources'>): string | null {
  return school.internationalPolicyUrl ?? school.sources[0]?.url ?? null;
}

function row(key: string, rowLabel: string, schools: SchoolRow[], value: (s: SchoolRow) => string, sourced: boolean): CompareRow {
  const cells = schools.map((s) => ({ text: value(s), sourceUrl: sourced ? sourceFor(s) : null }));
  return { key, label: rowLabel, cells, differs: new Set(cells.map((c) => c.text)).size > 1 };
}

/** A policy cell: the page that best supports the value (with kind and date), else the school's policy page. */
function evidenceCell(school: SchoolRow, column: string, text: string, rows: readonly EvidenceRow[]): CompareCell {
  const spec = evidenceFieldForColumn(column);
  if (!spec) return { text, sourceUrl: sourceFor(school) };
  const value = school[spec.column];
  const field = classifyField(spec, value === null || value === undefined ? '' : String(value), rows);
  // An unknown value rests on no page: no source link, only a pointer to the hint if there is one.
  if (!field.known) return { text, sourceUrl: null, hinted: field.hints.length > 0 };
  const best = field.agree[0];
  if (!best) return { text, sourceUrl: sourceFor(school), disputed: field.disagree.length > 0 };
  return {
    text,
    sourceUrl: best.sourceUrl,
    sourceKind: sourceKindLabel(best.sourceKind),
    sourceDate: sourceDateText(best.sourceDate, school.asOf),
    disputed: field.disagree.length > 0,
  };
}

/** `evidence`: each school's evidence rows by slug (absent: cells link the policy page, as before evidence). */
export function buildCompareGroups(schools: SchoolRow[], evidence?: ReadonlyMap<string, readonly EvidenceRow[]>): CompareGroup[] {
  return [
    { title: 'Basics', rows: BASICS.map((b) => row(b.key, b.label, schools, b.value, b.sourced)) },
    ...FIELD_GROUPS.map((group) => ({
      title: group.title,
      rows: group.fields.map((f): CompareRow => {
        if (!evidence) return row(f.key, f.question, schools, f.value, true);
        const cells = schools.map((s) => evidenceCell(s, f.key, f.value(s), evidence.get(s.slug) ?? []));
        return { key: f.key, label: f.question, cells, differs: new Set(cells.map((c) => c.text)).size > 1 };
      }),
    })),
  ];
}
