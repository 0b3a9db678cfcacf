// What the dashboard reads about schools: the list (search, status filter, sort), one school for editing, and
// the size of each work queue. Drafts included: editors see everything.
import 'server-only';
import { z } from 'zod';
import { listOrder, parseListParams, verifiedListSchema, type SearchParams } from '../admin/load-list';
import { db } from '../db';
import { STALE_AFTER_DAYS } from '../dates';
import { normalizeText } from '../search/normalize';
import { POLICY_KEYS } from './policy-keys';

export const adminSchoolListSchema = verifiedListSchema(['stale', 'unknown']);
export type AdminSchoolList = z.infer<typeof adminSchoolListSchema>;

export const parseAdminSchoolList = (params: SearchParams): AdminSchoolList => parseListParams(adminSchoolListSchema, params);

export async function listSchoolsForAdmin(list: AdminSchoolList, now = new Date()) {
  const q = list.q ? normalizeText(list.q) : '';
  return db.school.findMany({
    where: {
      ...(list.queue === 'stale' ? staleWhere(now) : {}),
      ...(list.queue === 'unknown' ? { AND: [unknownPolicyWhere] } : {}),
      ...(list.status ? { status: list.status } : {}),
      ...(list.q ? { OR: [{ slug: { contains: list.q.toLowerCase() } }, { searchText: { contains: q } }] } : {}),
    },
    orderBy: listOrder(list.sort),
    select: { id: true, slug: true, name: true, state: true, degree: true, status: true, updatedAt: true, lastVerifiedAt: true },
  });
}

export async function getSchoolForEdit(id: number) {
  return db.school.findUnique({
    where: { id },
    include: { sources: { orderBy: { position: 'asc' } }, evidence: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } },
  });
}

export function staleBefore(now = new Date()): Date {
  return new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000);
}

export const unknownPolicyWhere = { OR: POLICY_KEYS.map((field) => ({ [field]: 'unknown' })) };

/** Never verified, or verified more than 12 months ago (any listing type). */
export function staleWhere(now: Date) {
  return { AND: [{ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: staleBefore(now) } }] }] };
}

export async function countAdminQueues(now = new Date()) {
  const stale = staleWhere(now);
  const [staleSchools, staleLenders, unknownSchools, openCorrections, stalePrograms, unknownPrograms] = await Promise.all([
    db.school.count({ where: stale }),
    db.lender.count({ where: stale }),
    db.school.count({ where: unknownPolicyWhere }),
    db.correction.count({ where: { status: 'open' } }),
    db.program.count({ where: stale }),
    db.program.count({ where: { format: 'unknown' } }),
  ]);
  return { staleSchools, staleLenders, unknownSchools, openCorrections, stalePrograms, unknownPrograms };
}
