// Reads of the evidence table for readers: one school's pages (school page), several schools' pages in one
// query (compare, API list with include=evidence, exports). Ordered as the editors placed them.
import 'server-only';
import { db } from '../db';
import type { EvidenceRow } from './display';

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
