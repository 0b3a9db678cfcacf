// What the dashboard reads about lenders (drafts included): the list (search, status, stale queue, sort).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { listOrder, parseListParams, verifiedListSchema, type SearchParams } from '../admin/load-list';
import { staleWhere } from '../schools/admin-queries';

const withSources = { sources: { orderBy: { position: 'asc' as const } } };

export const adminLenderListSchema = verifiedListSchema(['stale']);
export type AdminLenderList = z.infer<typeof adminLenderListSchema>;

export const parseAdminLenderList = (params: SearchParams): AdminLenderList => parseListParams(adminLenderListSchema, params);

export async function listLendersForAdmin(list: AdminLenderList = { sort: 'name' }, now = new Date()) {
  return db.lender.findMany({
    where: {
      ...(list.queue === 'stale' ? staleWhere(now) : {}),
      ...(list.status ? { status: list.status } : {}),
      ...(list.q ? { OR: [{ slug: { contains: list.q.toLowerCase() } }, { name: { contains: list.q } }] } : {}),
    },
    orderBy: listOrder(list.sort),
    select: { id: true, slug: true, name: true, status: true, updatedAt: true, lastVerifiedAt: true },
  });
}

export async function getLenderForEdit(id: number) {
  return db.lender.findUnique({ where: { id }, include: withSources });
}
