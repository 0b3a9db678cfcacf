// Every write to a lender, like lib/schools/mutations.ts: row + sources + audit entry in one transaction, and
// optimistic concurrency on the version the editor loaded.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { changedFields, sameValue } from '../audit/diff';
import { lenderFields } from '../seed/seed';
import type { LenderInput } from '../validation/lender-form';
import { LENDER_SNAPSHOT_KEYS } from './form-fields';
import type { Conflict, SchoolWriteResult as WriteResult } from '../schools/mutations';

type Snapshot = Record<string, unknown>;
const withSources = { sources: { orderBy: { position: 'asc' as const } } };

function fromRow(row: Record<string, unknown> & { sources: { url: string }[] }): Snapshot {
  const values: Snapshot = { ...row, sources: row.sources.map((s) => s.url) };
  return Object.fromEntries(LENDER_SNAPSHOT_KEYS.map((k) => [k, values[k] ?? null]));
}

function fromInput(input: LenderInput): Snapshot {
  const values: Snapshot = { ...input, sources: input.sourceUrls };
  return Object.fromEntries(LENDER_SNAPSHOT_KEYS.map((k) => [k, values[k] ?? null]));
}

function rowData(input: LenderInput) {
  return { ...lenderFields(input), slug: input.slug, status: input.status };
}

async function slugTaken(slug: string, exceptId?: number) {
  const other = await db.lender.findUnique({ where: { slug }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

export async function createLender(actor: Actor | null, input: LenderInput): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug)) return { ok: false, kind: 'slug_taken' };
  return db.$transaction(async (tx) => {
    const sources = input.sourceUrls.map((url, position) => ({ url, position }));
    const lender = await tx.lender.create({ data: { ...rowData(input), sources: { create: sources } } });
    await recordAudit(tx, actor, { action: 'lender.create', entityType: 'lender', entityId: lender.id, entitySlug: lender.slug, after: fromInput(input) });
    return { ok: true as const, id: lender.id, slug: lender.slug, version: lender.version, changed: LENDER_SNAPSHOT_KEYS };
  });
}

async function describeLenderConflict(id: number, input: LenderInput): Promise<Conflict | null> {
  const current = await db.lender.findUnique({ where: { id }, include: withSources });
  if (!current) return null;
  const last = await db.auditLog.findFirst({ where: { entityType: 'lender', entityId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const saved = fromRow(current);
  const yours = fromInput(input);
  const differences = LENDER_SNAPSHOT_KEYS.filter((k) => !sameValue(yours[k], saved[k])).map((field) => ({ field, yours: yours[field], current: saved[field] }));
  return { currentVersion: current.version, changedBy: last?.actorEmail ?? null, changedAt: last?.createdAt ?? current.updatedAt, differences };
}

export async function updateLender(actor: Actor | null, id: number, expectedVersion: number, input: LenderInput): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug, id)) return { ok: false, kind: 'slug_taken' };
  const outcome = await db.$transaction(async (tx) => {
    const existing = await tx.lender.findUnique({ where: { id }, include: withSources });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const { count } = await tx.lender.updateMany({ where: { id, version: expectedVersion }, data: { ...rowData(input), version: { increment: 1 } } });
    if (count === 0) return 'stale' as const;
    const diff = changedFields(fromRow(existing), fromInput(input));
    if (diff.fields.includes('sources')) {
      const titles = new Map(existing.sources.map((s) => [s.url, s.title]));
      await tx.source.deleteMany({ where: { lenderId: id } });
      await tx.source.createMany({ data: input.sourceUrls.map((url, position) => ({ url, title: titles.get(url) ?? null, position, lenderId: id })) });
    }
    await recordAudit(tx, actor, { action: 'lender.update', entityType: 'lender', entityId: id, entitySlug: input.slug, before: diff.before, after: diff.after });
    return { ok: true as const, id, slug: input.slug, version: expectedVersion + 1, changed: diff.fields };
  });
  if (outcome !== 'stale') return outcome;
  const conflict = await describeLenderConflict(id, input);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

export async function markLenderVerified(actor: Actor | null, id: number, now = new Date()): Promise<WriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.lender.findUnique({ where: { id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const updated = await tx.lender.update({ where: { id }, data: { lastVerifiedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: 'lender.verify',
      entityType: 'lender',
      entityId: id,
      entitySlug: existing.slug,
      before: { lastVerifiedAt: existing.lastVerifiedAt?.toISOString() ?? null },
      after: { lastVerifiedAt: now.toISOString() },
    });
    return { ok: true as const, id, slug: existing.slug, version: updated.version, changed: ['lastVerifiedAt'] };
  });
}

export async function deleteLender(actor: Actor | null, id: number): Promise<WriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.lender.findUnique({ where: { id }, include: withSources });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    await tx.lender.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'lender.delete', entityType: 'lender', entityId: id, entitySlug: existing.slug, before: fromRow(existing) });
    return { ok: true as const, id, slug: existing.slug, version: existing.version, changed: [] };
  });
}
