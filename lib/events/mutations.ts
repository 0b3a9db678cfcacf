// Every write to an event: row + audit entry in one transaction, optimistic concurrency on the version loaded.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { changedFields, sameValue } from '../audit/diff';
import type { EventInput } from '../validation/event-form';
import type { Conflict, SchoolWriteResult as WriteResult } from '../schools/mutations';
import { EVENT_SNAPSHOT_KEYS } from './form-fields';

type Snapshot = Record<string, unknown>;

function snapshot(values: Record<string, unknown>): Snapshot {
  return Object.fromEntries(EVENT_SNAPSHOT_KEYS.map((k) => [k, values[k] instanceof Date ? (values[k] as Date).toISOString() : (values[k] ?? null)]));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

async function slugTaken(slug: string, exceptId?: number) {
  const other = await db.event.findUnique({ where: { slug }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

export async function createEvent(actor: Actor | null, input: EventInput): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug)) return { ok: false, kind: 'slug_taken' };
  try {
    return await db.$transaction(async (tx) => {
      const event = await tx.event.create({ data: input });
      await recordAudit(tx, actor, { action: 'event.create', entityType: 'event', entityId: event.id, entitySlug: event.slug, after: snapshot(input) });
      return { ok: true as const, id: event.id, slug: event.slug, version: event.version, changed: EVENT_SNAPSHOT_KEYS };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'slug_taken' };
    throw error;
  }
}

async function describeEventConflict(id: number, input: EventInput): Promise<Conflict | null> {
  const current = await db.event.findUnique({ where: { id } });
  if (!current) return null;
  const last = await db.auditLog.findFirst({ where: { entityType: 'event', entityId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const saved = snapshot(current);
  const yours = snapshot(input);
  const differences = EVENT_SNAPSHOT_KEYS.filter((k) => !sameValue(yours[k], saved[k])).map((field) => ({ field, yours: yours[field], current: saved[field] }));
  return { currentVersion: current.version, changedBy: last?.actorEmail ?? null, changedAt: last?.createdAt ?? current.updatedAt, differences };
}

export async function updateEvent(actor: Actor | null, id: number, expectedVersion: number, input: EventInput): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug, id)) return { ok: false, kind: 'slug_taken' };
  const outcome = await db.$transaction(async (tx) => {
    const existing = await tx.event.findUnique({ where: { id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const { count } = await tx.event.updateMany({ where: { id, version: expectedVersion }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) return 'stale' as const;
    const diff = changedFields(snapshot(existing), snapshot(input));
    await recordAudit(tx, actor, { action: 'event.update', entityType: 'event', entityId: id, entitySlug: input.slug, before: diff.before, after: diff.after });
    return { ok: true as const, id, slug: input.slug, version: expectedVersion + 1, changed: diff.fields };
  });
  if (outcome !== 'stale') return outcome;
  const conflict = await describeEventConflict(id, input);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

export async function deleteEvent(actor: Actor | null, id: number): Promise<WriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.event.findUnique({ where: { id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    await tx.event.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'event.delete', entityType: 'event', entityId: id, entitySlug: existing.slug, before: snapshot(existing) });
    return { ok: true as const, id, slug: existing.slug, version: existing.version, changed: [] };
  });
}
