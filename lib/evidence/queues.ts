// The two evidence work queues of the dashboard, read from the schools' values and their sources:
// - disagreements: a known fact with at least one page that supports another value (fix the value or the source);
// - hints: a page that supports a value for a fact that is still unknown (accept it or dismiss it), minus the
//   hints an editor dismissed.
// Drafts included: editors see everything. Small tables (hundreds of rows), so the grouping happens here.
import 'server-only';
import { db } from '../db';
import { EVIDENCE_FIELDS, valueAsText, type EvidenceFieldSpec } from './fields';
import { evidenceStatus } from './status';

const SCHOOL_SELECT = {
  id: true,
  slug: true,
  name: true,
  status: true,
  version: true,
  ...Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.column, true])),
} as const;

export type QueueSource = { id: number; value: string; sourceUrl: string; sourceDate: string; sourceKind: string };
export type QueueSchool = { id: number; slug: string; name: string; status: string; version: number };
export type Disagreement = { school: QueueSchool; spec: EvidenceFieldSpec; current: string; disagreeing: QueueSource[]; agreeing: number };
export type Hint = { school: QueueSchool; spec: EvidenceFieldSpec; source: QueueSource };

const ORDER = new Map(EVIDENCE_FIELDS.map((f, i) => [f.field, i]));

async function loadEvidence() {
  const rows = await db.evidence.findMany({
    include: { school: { select: SCHOOL_SELECT } },
    orderBy: [{ schoolId: 'asc' }, { position: 'asc' }, { id: 'asc' }],
  });
  return rows.flatMap((row) => {
    const spec = EVIDENCE_FIELDS.find((f) => f.field === row.field);
    if (!spec) return [];
    const school = row.school as unknown as QueueSchool & Record<string, unknown>;
    const current = valueAsText(school[spec.column]);
    const source = { id: row.id, value: row.value, sourceUrl: row.sourceUrl, sourceDate: row.sourceDate, sourceKind: row.sourceKind };
    return [{ school, spec, current, source, status: evidenceStatus(current, row.value) }];
  });
}

const bySchoolAndField = (a: { school: QueueSchool; spec: EvidenceFieldSpec }, b: { school: QueueSchool; spec: EvidenceFieldSpec }) =>
  a.school.name.localeCompare(b.school.name) || a.school.slug.localeCompare(b.school.slug) || ORDER.get(a.spec.field)! - ORDER.get(b.spec.field)!;

function pickSchool(school: QueueSchool): QueueSchool {
  return { id: school.id, slug: school.slug, name: school.name, status: school.status, version: school.version };
}

type Loaded = Awaited<ReturnType<typeof loadEvidence>>;

export async function listDisagreements(loaded?: Loaded): Promise<Disagreement[]> {
  const groups = new Map<string, Disagreement>();
  for (const row of loaded ?? (await loadEvidence())) {
    if (row.status === 'hint') continue;
    const key = `${row.school.id} ${row.spec.field}`;
    const group = groups.get(key) ?? { school: pickSchool(row.school), spec: row.spec, current: row.current, disagreeing: [], agreeing: 0 };
    if (row.status === 'agrees') group.agreeing += 1;
    else group.disagreeing.push(row.source);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.disagreeing.length > 0).sort(bySchoolAndField);
}

/** Dismissals are keyed by what the hint says (school, field, value, page). */
const dismissalKey = (schoolId: number, field: string, value: string, sourceUrl: string) => JSON.stringify([schoolId, field, value, sourceUrl]);

export async function listHints(loaded?: Loaded): Promise<Hint[]> {
  const [rows, dismissed] = await Promise.all([loaded ?? loadEvidence(), db.evidenceHintDismissal.findMany()]);
  const gone = new Set(dismissed.map((d) => dismissalKey(d.schoolId, d.field, d.value, d.sourceUrl)));
  return rows
    .filter((row) => row.status === 'hint' && !gone.has(dismissalKey(row.school.id, row.spec.field, row.source.value, row.source.sourceUrl)))
    .map((row) => ({ school: pickSchool(row.school), spec: row.spec, source: row.source }))
    .sort(bySchoolAndField);
}

export async function countEvidenceQueues(): Promise<{ disagreements: number; hints: number }> {
  const loaded = await loadEvidence();
  const [disagreements, hints] = await Promise.all([listDisagreements(loaded), listHints(loaded)]);
  return { disagreements: disagreements.length, hints: hints.length };
}
