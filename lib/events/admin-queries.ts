// What the dashboard reads about events (drafts included), soonest first.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';

export const adminEventListSchema = z.object({ status: z.enum(['draft', 'published']).optional().catch(undefined) });

export function parseAdminEventList(params: Record<string, string | string[] | undefined>) {
  const status = Array.isArray(params.status) ? params.status[0] : params.status;
  return adminEventListSchema.parse({ status: status || undefined });
}

export async function listEventsForAdmin(list: z.infer<typeof adminEventListSchema>) {
  return db.event.findMany({
    where: list.status ? { status: list.status } : {},
    orderBy: [{ startsAt: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    select: { id: true, slug: true, title: true, kind: true, status: true, startsLocal: true, timeZone: true, startsAt: true, sourceDate: true, updatedAt: true },
  });
}

export async function getEventForEdit(id: number) {
  return db.event.findUnique({ where: { id } });
}
