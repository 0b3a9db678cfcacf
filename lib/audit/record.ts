// The audit log: who did what to which record, with the changed fields before and after, written in the same
// transaction as the change itself so a write without its audit entry cannot exist.
import 'server-only';
import type { Actor } from '../auth/roles';

type AuditWriter = { auditLog: { create(args: { data: Record<string, unknown> }): Promise<unknown> } };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: number | null;
  entitySlug?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
};

export async function recordAudit(tx: AuditWriter, actor: Pick<Actor, 'id' | 'email'> | null, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      entitySlug: entry.entitySlug ?? null,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
      note: entry.note ?? null,
    },
  });
}
