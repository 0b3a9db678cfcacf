// What the dashboard reads about lenders (drafts included): the list (search, status, stale queue, sort).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { staleWhere } from '../schools/admin-queries';

const withSources = { sources: { orderBy: { position: 'asc' as const } } };

export const adminLenderListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['draft', 'published']).optional().catch(undefined),
  sort: z.enum(['name', 'updated']).catch('name').default('name'),
  queue: z.enum(['stale']).optional().catch(undefined),
});
export type AdminLenderList = z.infer<typeof adminLenderListSchema>;

export function parseAdminLenderList(params: Record<string, string | string[] | undefined>): AdminLenderList {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return adminLenderListSchema.parse(flat);
}

export async function listLendersForAdmin(list: AdminLenderList = { sort: 'name' }, now = new Date()) {
  return db.lender.findMany({
    where: {
      ...(list.queue === 'stale' ? staleWhere(now) : {}),
      ...(list.status ? { status: list.status } : {}),
      ...(list.q ? { OR: [{ slug: { contains: list.q.toLowerCase() } }, { name: { contains: list.q } }] } : {}),
    },
    orderBy: list.sort === 'updated' ? [{ updatedAt: 'desc' }, { name: 'asc' }] : [{ name: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, name: true, status: true, updatedAt: true, lastVerifiedAt: true },
  });
}

export async function getLenderForEdit(id: number) {
  return db.lender.findUnique({ where: { id }, include: withSources });
}
