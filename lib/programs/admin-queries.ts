// What the dashboard reads about programs (drafts included): the list (search, status, queues, sort), one
// program for editing.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { listOrder, parseListParams, verifiedListSchema, type SearchParams } from '../admin/load-list';
import { staleWhere } from '../schools/admin-queries';
import { normalizeText } from '../search/normalize';

export const adminProgramListSchema = verifiedListSchema(['stale', 'unknown']);
export type AdminProgramList = z.infer<typeof adminProgramListSchema>;

export const parseAdminProgramList = (params: SearchParams): AdminProgramList => parseListParams(adminProgramListSchema, params);

export async function listProgramsForAdmin(list: AdminProgramList, now = new Date()) {
  return db.program.findMany({
    where: {
      ...(list.queue === 'stale' ? staleWhere(now) : {}),
      ...(list.queue === 'unknown' ? { format: 'unknown' } : {}),
      ...(list.status ? { status: list.status } : {}),
      ...(list.q ? { OR: [{ slug: { contains: list.q.toLowerCase() } }, { searchText: { contains: normalizeText(list.q) } }] } : {}),
    },
    orderBy: listOrder(list.sort),
    select: { id: true, slug: true, name: true, provider: true, country: true, status: true, updatedAt: true, lastVerifiedAt: true },
  });
}

export async function getProgramForEdit(id: number) {
  return db.program.findUnique({ where: { id }, include: { sources: { orderBy: { position: 'asc' } } } });
}
