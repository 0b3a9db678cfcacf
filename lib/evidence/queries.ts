// Reads of the evidence table for readers: one school's pages (school page), several schools' pages in one
// query (compare, API list with include=evidence, exports). Ordered as the editors placed them.
import 'server-only';
import { db } from '../db';
import type { EvidenceRow } from './display';
import { EVIDENCE_FIELDS } from './fields';

const EVIDENCE_SELECT = { schoolId: true, field: true, value: true, sourceUrl: true, sourceDate: true, sourceKind: true } as const;
const EVIDENCE_ORDER = [{ schoolId: 'asc' as const }, { position: 'asc' as const }, { id: 'asc' as const }];

export type SchoolEvidenceRow = EvidenceRow & { schoolId: number };

export function listSchoolEvidence(schoolId: number): Promise<SchoolEvidenceRow[]> {
  return db.evidence.findMany({ where: { schoolId }, select: EVIDENCE_SELECT, orderBy: EVIDENCE_ORDER });
}

/** Evidence of the given schools (at most a few hundred ids per call), grouped by school id. */
export async function listEvidenceForSchools(schoolIds: number[]): Promise<Map<number, SchoolEvidenceRow[]>> {
  const out = new Map<number, SchoolEvidenceRow[]>(schoolIds.map((id) => [id, []]));
  if (schoolIds.length === 0) return out;
  const rows = await db.evidence.findMany({ where: { schoolId: { in: schoolIds } }, select: EVIDENCE_SELECT, orderBy: EVIDENCE_ORDER });
  for (const row of rows) out.get(row.schoolId)?.push(row);
  return out;
}

/** Evidence of the schools with the given slugs (one export batch), grouped by slug. */
export async function listEvidenceBySlugs(slugs: string[]): Promise<Map<string, EvidenceRow[]>> {
  const out = new Map<string, EvidenceRow[]>(slugs.map((slug) => [slug, []]));
  if (slugs.length === 0) return out;
  const rows = await db.evidence.findMany({
    where: { school: { slug: { in: slugs } } },
    select: { ...EVIDENCE_SELECT, school: { select: { slug: true } } },
    orderBy: EVIDENCE_ORDER,
  });
  for (const { school, schoolId: _schoolId, ...row } of rows) out.get(school.slug)?.push(row);
  return out;
}

/** What an evidence export needs of a school: its name and the values the evidence is compared with. */
const EXPORT_SCHOOL_SELECT = {
  slug: true,
  name: true,
  ...Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f.column, true])),
} as { slug: true; name: true } & Record<(typeof EVIDENCE_FIELDS)[number]['column'], true>;

export type EvidenceExportGroup = { school: { slug: string; name: string } & Record<string, unknown>; rows: EvidenceRow[] };

/**
 * The evidence of the given schools (one export batch, ids in result order) with just the school columns the
 * export compares it with — not whole school rows — so the Evidence sheet costs one light query per batch.
 * Schools without evidence are left out.
 */
export async function listEvidenceGroups(schoolIds: number[]): Promise<EvidenceExportGroup[]> {
  if (schoolIds.length === 0) return [];
  const rows = await db.evidence.findMany({
    where: { schoolId: { in: schoolIds } },
    select: { ...EVIDENCE_SELECT, school: { select: EXPORT_SCHOOL_SELECT } },
    orderBy: EVIDENCE_ORDER,
  });
  const groups = new Map<number, EvidenceExportGroup>();
  for (const { school, schoolId, ...row } of rows) {
    const group = groups.get(schoolId) ?? { school: school as EvidenceExportGroup['school'], rows: [] };
    group.rows.push(row);
    groups.set(schoolId, group);
  }
  return schoolIds.map((id) => groups.get(id)).filter((g): g is EvidenceExportGroup => !!g);
}
