// What the dashboard reads about lenders (drafts included): the list (search, status, stale queue, sort).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { adminListFields, listOrder, parseListParams } from '../admin/load-list';
import { staleWhere } from '../schools/admin-queries';

const withSources = { sources: { orderBy: { position: 'asc' as const } } };

export const adminLenderListSchema = z.object({
  ...adminListFields,
  queue: z.enum(['stale']).optional().catch(undefined),
});
export type AdminLenderList = z.infer<typeof adminLenderListSchema>;

export function parseAdminLenderList(params: Record<string, string | string[] | undefined>): AdminLenderList {
  return parseListParams(adminLenderListSchema, params);
}

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
