// What the dashboard reads about events (drafts included): the list (status, queues), one event for editing.
// The stale queue holds events whose source page is undated or dated more than 12 months ago: the editor
// re-reads the page and saves the date it now shows.
import 'server-only';
import { z } from 'zod';
import { adminListFields, parseListParams } from '../admin/load-list';
import { db } from '../db';
import { STALE_AFTER_DAYS } from '../dates';

export const adminEventListSchema = z.object({
  status: adminListFields.status,
  queue: z.enum(['stale', 'undated']).optional().catch(undefined),
});

export function parseAdminEventList(params: Record<string, string | string[] | undefined>) {
  return parseListParams(adminEventListSchema, params);
}

/** Source dates are YYYY, YYYY-MM or YYYY-MM-DD, so they compare as text against a YYYY-MM-DD cutoff. */
export function staleSourceCutoff(now: Date): string {
  return new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
}

export async function listEventsForAdmin(list: z.infer<typeof adminEventListSchema>, now = new Date()) {
  return db.event.findMany({
    where: {
      ...(list.status ? { status: list.status } : {}),
      ...(list.queue === 'stale' ? { OR: [{ sourceDate: null }, { sourceDate: { lt: staleSourceCutoff(now) } }] } : {}),
      ...(list.queue === 'undated' ? { kind: 'event', startsLocal: null } : {}),
    },
    orderBy: [{ startsAt: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    select: { id: true, slug: true, title: true, kind: true, status: true, startsLocal: true, timeZone: true, startsAt: true, sourceDate: true, updatedAt: true },
  });
}

export async function getEventForEdit(id: number) {
  return db.event.findUnique({ where: { id } });
}
