// Every write to a program, like lib/lenders/mutations.ts: row + sources + audit entry in one transaction, and
// optimistic concurrency on the version the editor loaded.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { changedFields, sameValue } from '../audit/diff';
import { programFields } from '../seed/seed';
import type { ProgramInput } from '../validation/program-form';
import { PROGRAM_SNAPSHOT_KEYS } from './form-fields';
import type { Conflict, SchoolWriteResult as WriteResult } from '../schools/mutations';

type Snapshot = Record<string, unknown>;
const withSources = { sources: { orderBy: { position: 'asc' as const } } };

function fromRow(row: Record<string, unknown> & { sources: { url: string }[] }): Snapshot {
  const values: Snapshot = { ...row, sources: row.sources.map((s) => s.url) };
  return Object.fromEntries(PROGRAM_SNAPSHOT_KEYS.map((k) => [k, values[k] ?? null]));
}

function fromInput(input: ProgramInput): Snapshot {
  const values: Snapshot = { ...input, sources: input.sourceUrls };
  return Object.fromEntries(PROGRAM_SNAPSHOT_KEYS.map((k) => [k, values[k] ?? null]));
}

function rowData(input: ProgramInput) {
  return { ...programFields(input), slug: input.slug, status: input.status };
}

async function slugTaken(slug: string, exceptId?: number) {
  const other = await db.program.findUnique({ where: { slug }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

export async function createProgram(actor: Actor | null, input: ProgramInput): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug)) return { ok: false, kind: 'slug_taken' };
  return db.$transaction(async (tx) => {
    const sources = input.sourceUrls.map((url, position) => ({ url, position }));
    const program = await tx.program.create({ data: { ...rowData(input), sources: { create: sources } } });
    await recordAudit(tx, actor, { action: 'program.create', entityType: 'program', entityId: program.id, entitySlug: program.slug, after: fromInput(input) });
    return { ok: true as const, id: program.id, slug: program.slug, version: program.version, changed: PROGRAM_SNAPSHOT_KEYS };
  });
}

async function describeProgramConflict(id: number, input: ProgramInput): Promise<Conflict | null> {
  const current = await db.program.findUnique({ where: { id }, include: withSources });
  if (!current) return null;
  const last = await db.auditLog.findFirst({ where: { entityType: 'program', entityId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const saved = fromRow(current);
  const yours = fromInput(input);
  const differences = PROGRAM_SNAPSHOT_KEYS.filter((k) => !sameValue(yours[k], saved[k])).map((field) => ({ field, yours: yours[field], current: saved[field] }));
  return { currentVersion: current.version, changedBy: last?.actorEmail ?? null, changedAt: last?.createdAt ?? current.updatedAt, differences };
}

export async function updateProgram(actor: Actor | null, id: number, expectedVersion: number, input: ProgramInput): Promise<WriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug, id)) return { ok: false, kind: 'slug_taken' };
  const outcome = await db.$transaction(async (tx) => {
    const existing = await tx.program.findUnique({ where: { id }, include: withSources });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const { count } = await tx.program.updateMany({ where: { id, version: expectedVersion }, data: { ...rowData(input), version: { increment: 1 } } });
    if (count === 0) return 'stale' as const;
    const diff = changedFields(fromRow(existing), fromInput(input));
    if (diff.fields.includes('sources')) {
      const titles = new Map(existing.sources.map((s) => [s.url, s.title]));
      await tx.source.deleteMany({ where: { programId: id } });
      await tx.source.createMany({ data: input.sourceUrls.map((url, position) => ({ url, title: titles.get(url) ?? null, position, programId: id })) });
    }
    await recordAudit(tx, actor, { action: 'program.update', entityType: 'program', entityId: id, entitySlug: input.slug, before: diff.before, after: diff.after });
    return { ok: true as const, id, slug: input.slug, version: expectedVersion + 1, changed: diff.fields };
  });
  if (outcome !== 'stale') return outcome;
  const conflict = await describeProgramConflict(id, input);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

export async function markProgramVerified(actor: Actor | null, id: number, now = new Date()): Promise<WriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.program.findUnique({ where: { id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const updated = await tx.program.update({ where: { id }, data: { lastVerifiedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: 'program.verify',
      entityType: 'program',
      entityId: id,
      entitySlug: existing.slug,
      before: { lastVerifiedAt: existing.lastVerifiedAt?.toISOString() ?? null },
      after: { lastVerifiedAt: now.toISOString() },
    });
    return { ok: true as const, id, slug: existing.slug, version: updated.version, changed: ['lastVerifiedAt'] };
  });
}

export async function deleteProgram(actor: Actor | null, id: number): Promise<WriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.program.findUnique({ where: { id }, include: withSources });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    await tx.program.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'program.delete', entityType: 'program', entityId: id, entitySlug: existing.slug, before: fromRow(existing) });
    return { ok: true as const, id, slug: existing.slug, version: existing.version, changed: [] };
  });
}
