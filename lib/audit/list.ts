// Reading the audit log: the /admin/audit page (filters + pages) and a record's History.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { parseSnapshot } from './diff';

export const AUDIT_PAGE_SIZE = 50;
/** Entries about people (accounts, invitations, sign-ins with their addresses and whatever was typed as an
 * email): only admins read them. */
export const ADMIN_ONLY_AUDIT_ENTITIES = ['user', 'session'] as const;

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  entity: z.enum(['school', 'lender', 'user', 'session', 'program', 'article', 'event', 'correction']).optional().catch(undefined),
  actor: z.string().trim().toLowerCase().max(200).optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return auditFilterSchema.parse(flat);
}

export async function listAudit(filter: AuditFilter, viewer: { role: string }) {
  const adminOnly: readonly string[] = ADMIN_ONLY_AUDIT_ENTITIES;
  const mayReadAll = viewer.role === 'admin';
  if (!mayReadAll && filter.entity && adminOnly.includes(filter.entity)) {
    return { total: 0, page: filter.page, perPage: AUDIT_PAGE_SIZE, entries: [] };
  }
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) createdAt.lt = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000);
  const where = {
    ...(filter.entity ? { entityType: filter.entity } : mayReadAll ? {} : { entityType: { notIn: [...adminOnly] } }),
    ...(filter.actor ? { actorEmail: { contains: filter.actor } } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, page: filter.page, perPage: AUDIT_PAGE_SIZE, entries: rows.map(withSnapshots) };
}

export async function listEntityHistory(entityType: string, entityId: number, take = 50) {
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
  });
  return rows.map(withSnapshots);
}

function withSnapshots<T extends { before: string | null; after: string | null }>(row: T) {
  return { ...row, beforeValues: parseSnapshot(row.before), afterValues: parseSnapshot(row.after) };
}

export type AuditRow = Awaited<ReturnType<typeof listEntityHistory>>[number];
