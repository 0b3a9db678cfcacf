// The corrections queue for /admin/corrections, filtered by status, newest first.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { CORRECTION_STATUSES } from './fields';

export const correctionListSchema = z.object({ status: z.enum(CORRECTION_STATUSES).catch('open').default('open') });

export function parseCorrectionList(params: Record<string, string | string[] | undefined>) {
  const status = Array.isArray(params.status) ? params.status[0] : params.status;
  return correctionListSchema.parse({ status });
}

export async function listCorrections(status: (typeof CORRECTION_STATUSES)[number], take = 200) {
  const [counts, rows] = await Promise.all([
    db.correction.groupBy({ by: ['status'], _count: { _all: true } }),
    db.correction.findMany({ where: { status }, orderBy: [{ createdAt: status === 'open' ? 'asc' : 'desc' }, { id: 'asc' }], take }),
  ]);
  const byStatus = Object.fromEntries(CORRECTION_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0]));
  const resolverIds = [...new Set(rows.map((r) => r.resolvedById).filter((id): id is number => id !== null))];
  const resolvers = new Map((await db.user.findMany({ where: { id: { in: resolverIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  return { counts: byStatus as Record<(typeof CORRECTION_STATUSES)[number], number>, rows: rows.map((r) => ({ ...r, resolvedBy: r.resolvedById ? resolvers.get(r.resolvedById) ?? null : null })) };
}
