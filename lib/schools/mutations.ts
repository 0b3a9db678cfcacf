// Every write to a school: the row, its sources and an audit entry with the changed fields before and after,
// in one transaction. Updates use optimistic concurrency: the editor's form carries the version it loaded and
// a save against a newer row is refused with who changed it, when, and which fields differ.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { changedFields, sameValue } from '../audit/diff';
import { schoolFields } from '../seed/seed';
import type { SchoolInput } from '../validation/school-form';
import { recomputeConfirmed } from '../evidence/recompute';
import { snapshotFromInput, snapshotFromRow, SCHOOL_SNAPSHOT_KEYS, type SchoolSnapshot } from './snapshot';
import { resolveReaderSummary } from './reader-summary';

export type Conflict = {
  currentVersion: number;
  changedBy: string | null;
  changedAt: Date | null;
  /** Fields where the editor's input and the saved row disagree. */
  differences: { field: string; yours: unknown; current: unknown }[];
};

export type SchoolWriteResult =
  | { ok: true; id: number; slug: string; version: number; changed: string[] }
  | { ok: false; kind: 'not_found' }
  | { ok: false; kind: 'slug_taken' }
  | { ok: false; kind: 'conflict'; conflict: Conflict };

function rowData(input: SchoolInput) {
  const { reader_summary: written, ...record } = input;
  return {
    ...schoolFields(record, input.aliases),
    readerSummary: resolveReaderSummary(written, input),
    slug: input.slug,
    status: input.status,
  };
}

function sourceRows(urls: string[], titles: Map<string, string | null>) {
  return urls.map((url, position) => ({ url, title: titles.get(url) ?? null, position }));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

async function slugTaken(slug: string, exceptId?: number): Promise<boolean> {
  const other = await db.school.findUnique({ where: { slug }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

export async function createSchool(actor: Actor | null, input: SchoolInput): Promise<SchoolWriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug)) return { ok: false, kind: 'slug_taken' };
  try {
    return await db.$transaction(async (tx) => {
      const school = await tx.school.create({
        data: { ...rowData(input), sources: { create: sourceRows(input.sourceUrls, new Map()) } },
      });
      await recomputeConfirmed(tx, school.id);
      const after = snapshotFromInput(input);
      await recordAudit(tx, actor, { action: 'school.create', entityType: 'school', entityId: school.id, entitySlug: school.slug, after });
      return { ok: true as const, id: school.id, slug: school.slug, version: school.version, changed: [...SCHOOL_SNAPSHOT_KEYS] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'slug_taken' };
    throw error;
  }
}

export async function describeConflict(id: number, input: SchoolInput | null): Promise<Conflict | null> {
  const current = await db.school.findUnique({ where: { id }, include: { sources: { orderBy: { position: 'asc' } } } });
  if (!current) return null;
  const last = await db.auditLog.findFirst({
    where: { entityType: 'school', entityId: id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const currentSnapshot = snapshotFromRow(current);
  const yours: Partial<SchoolSnapshot> = input ? snapshotFromInput(input) : {};
  const differences = input
    ? SCHOOL_SNAPSHOT_KEYS.filter((key) => !sameValue(yours[key], currentSnapshot[key])).map((field) => ({
        field,
        yours: yours[field],
        current: currentSnapshot[field],
      }))
    : [];
  return { currentVersion: current.version, changedBy: last?.actorEmail ?? null, changedAt: last?.createdAt ?? current.updatedAt, differences };
}

export async function updateSchool(actor: Actor | null, id: number, expectedVersion: number, input: SchoolInput): Promise<SchoolWriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(input.slug, id)) return { ok: false, kind: 'slug_taken' };
  let outcome: SchoolWriteResult | 'stale';
  try {
    outcome = await db.$transaction(async (tx) => {
      const existing = await tx.school.findUnique({ where: { id }, include: { sources: { orderBy: { position: 'asc' } } } });
      if (!existing) return { ok: false as const, kind: 'not_found' as const };
      // The version check and the write are one statement, so two saves of the same version cannot both land.
      const { count } = await tx.school.updateMany({
        where: { id, version: expectedVersion },
        data: { ...rowData(input), version: { increment: 1 } },
      });
      if (count === 0) return 'stale' as const;
      const before = snapshotFromRow(existing);
      const after = snapshotFromInput(input);
      if (!sameValue(before.sources, after.sources)) {
        const titles = new Map(existing.sources.map((s) => [s.url, s.title]));
        await tx.source.deleteMany({ where: { schoolId: id } });
        await tx.source.createMany({ data: sourceRows(input.sourceUrls, titles).map((s) => ({ ...s, schoolId: id })) });
      }
      await recomputeConfirmed(tx, id);
      const diff = changedFields(before, after);
      await recordAudit(tx, actor, {
        action: 'school.update',
        entityType: 'school',
        entityId: id,
        entitySlug: input.slug,
        before: diff.before,
        after: diff.after,
        note: diff.fields.length === 0 ? 'saved without changes' : null,
      });
      return { ok: true as const, id, slug: input.slug, version: expectedVersion + 1, changed: diff.fields };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'slug_taken' };
    throw error;
  }
  if (outcome !== 'stale') return outcome;
  const conflict = await describeConflict(id, input);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

export async function markSchoolVerified(actor: Actor | null, id: number, now = new Date()): Promise<SchoolWriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.school.findUnique({ where: { id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const updated = await tx.school.update({ where: { id }, data: { lastVerifiedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: 'school.verify',
      entityType: 'school',
      entityId: id,
      entitySlug: existing.slug,
      before: { lastVerifiedAt: existing.lastVerifiedAt?.toISOString() ?? null },
      after: { lastVerifiedAt: now.toISOString() },
    });
    return { ok: true as const, id, slug: existing.slug, version: updated.version, changed: ['lastVerifiedAt'] };
  });
}

export async function deleteSchool(actor: Actor | null, id: number): Promise<SchoolWriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.school.findUnique({ where: { id }, include: { sources: { orderBy: { position: 'asc' } } } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    await tx.school.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: 'school.delete',
      entityType: 'school',
      entityId: id,
      entitySlug: existing.slug,
      before: snapshotFromRow(existing),
    });
    return { ok: true as const, id, slug: existing.slug, version: existing.version, changed: [] };
  });
}
