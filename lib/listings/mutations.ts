// Every write to a listing (school, lender, program, article, event), for all kinds at once: the row, its
// Source rows and an audit entry with the changed fields before and after, in one transaction. Updates use
// optimistic concurrency: the form carries the version it loaded, and a save against a newer row is refused
// with who changed it, when, and which fields differ. A duplicate slug is refused as `slug_taken`, both when
// the pre-check sees it and when the unique index catches a save that raced past it.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit, type AuditEntry } from '../audit/record';
import { changedFields, sameValue } from '../audit/diff';
import type { Tx } from '../evidence/recompute';
import type { ListingEntity, ListingKind, ListingRow, SourceInput } from './kind';

export type Conflict = {
  currentVersion: number;
  changedBy: string | null;
  changedAt: Date | null;
  /** Fields where the editor's input and the saved row disagree. */
  differences: { field: string; yours: unknown; current: unknown }[];
};

export type ListingWriteResult =
  | { ok: true; id: number; slug: string; version: number; changed: string[] }
  | { ok: false; kind: 'not_found' }
  | { ok: false; kind: 'slug_taken' }
  | { ok: false; kind: 'conflict'; conflict: Conflict };

type Refused = Extract<ListingWriteResult, { ok: false }>;
type Slugged = { slug: string };

// The five models share the columns this module touches; Prisma gives each its own delegate type, so the
// write path reaches them through this one structural shape.
type Table = {
  findUnique(args: object): Promise<ListingRow | null>;
  create(args: object): Promise<ListingRow>;
  update(args: object): Promise<ListingRow>;
  updateMany(args: object): Promise<{ count: number }>;
  delete(args: object): Promise<ListingRow>;
};
const table = (client: Tx | typeof db, entity: ListingEntity) => (client as unknown as Record<ListingEntity, Table>)[entity];

const withSources = (kind: { sources?: unknown }) => (kind.sources ? { include: { sources: { orderBy: { position: 'asc' as const } } } } : {});

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/** Runs a create or update; a unique-index violation (the slug, taken by a save that raced the pre-check) is refused. */
async function refusingDuplicateSlug<T>(write: () => Promise<T>): Promise<T | Refused> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'slug_taken' };
    throw error;
  }
}

async function slugTaken(entity: ListingEntity, slug: string, exceptId?: number): Promise<boolean> {
  const other = await table(db, entity).findUnique({ where: { slug }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

/** Source rows to write: a URL the saved row already had keeps its title unless the form names one. */
function sourceRows(wanted: SourceInput[], existing: ListingRow['sources'] = []) {
  const titles = new Map(existing.map((s) => [s.url, s.title]));
  return wanted.map((s, position) => ({ url: s.url, title: s.title ?? titles.get(s.url) ?? null, position }));
}

function audit(kind: { entity: ListingEntity }, verb: string, row: Pick<ListingRow, 'id' | 'slug'>, entry: Omit<AuditEntry, 'action' | 'entityType'>): AuditEntry {
  return { action: `${kind.entity}.${verb}`, entityType: kind.entity, entityId: row.id, entitySlug: row.slug, ...entry };
}

export async function createListing<I extends Slugged>(kind: ListingKind<I>, actor: Actor | null, input: I, now = new Date()): Promise<ListingWriteResult> {
  assertRole(actor, 'editor');
  if (await slugTaken(kind.entity, input.slug)) return { ok: false, kind: 'slug_taken' };
  const after = kind.fromInput(input);
  return refusingDuplicateSlug(() =>
    db.$transaction(async (tx) => {
      const sources = kind.sources ? { sources: { create: sourceRows(kind.sources(input)) } } : {};
      const row = await table(tx, kind.entity).create({ data: { ...kind.rowData(input, null, now), ...sources } });
      await kind.afterWrite?.(tx, row.id);
      await recordAudit(tx, actor, audit(kind, 'create', row, { after }));
      return { ok: true as const, id: row.id, slug: row.slug, version: row.version, changed: [...kind.snapshotKeys] };
    }),
  );
}

/** Who saved the row last and where the editor's input (null: none, e.g. an evidence write) differs from it. */
export async function describeListingConflict<I extends Slugged>(kind: ListingKind<I>, id: number, input: I | null): Promise<Conflict | null> {
  const current = await table(db, kind.entity).findUnique({ where: { id }, ...withSources(kind) });
  if (!current) return null;
  const last = await db.auditLog.findFirst({ where: { entityType: kind.entity, entityId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const saved = kind.fromRow(current);
  const yours = input === null ? null : kind.fromInput(input);
  const differences = yours
    ? kind.snapshotKeys.filter((key) => !sameValue(yours[key], saved[key])).map((field) => ({ field, yours: yours[field], current: saved[field] }))
    : [];
  return { currentVersion: current.version, changedBy: last?.actorEmail ?? null, changedAt: last?.createdAt ?? current.updatedAt, differences };
}

async function conflictOrGone<I extends Slugged>(kind: ListingKind<I>, id: number, input: I | null): Promise<Exclude<Refused, { kind: 'slug_taken' }>> {
  const conflict = await describeListingConflict(kind, id, input);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

export async function updateListing<I extends Slugged>(kind: ListingKind<I>, actor: Actor | null, id: number, expectedVersion: number, input: I, now = new Date()): Promise<ListingWriteResult> {
  assertRole(actor, 'editor');
  const { slug } = input;
  const after = kind.fromInput(input);
  if (await slugTaken(kind.entity, slug, id)) return { ok: false, kind: 'slug_taken' };
  const outcome = await refusingDuplicateSlug(() =>
    db.$transaction(async (tx) => {
      const existing = await table(tx, kind.entity).findUnique({ where: { id }, ...withSources(kind) });
      if (!existing) return { ok: false as const, kind: 'not_found' as const };
      // The version check and the write are one statement, so two saves of the same version cannot both land.
      const { count } = await table(tx, kind.entity).updateMany({
        where: { id, version: expectedVersion },
        data: { ...kind.rowData(input, existing, now), version: { increment: 1 } },
      });
      if (count === 0) return 'stale' as const;
      const diff = changedFields(kind.fromRow(existing), after);
      if (kind.sources && diff.fields.includes('sources')) {
        await tx.source.deleteMany({ where: { [`${kind.entity}Id`]: id } });
        await tx.source.createMany({ data: sourceRows(kind.sources(input), existing.sources).map((s) => ({ ...s, [`${kind.entity}Id`]: id })) });
      }
      await kind.afterWrite?.(tx, id);
      const note = kind.updateNote?.(diff.fields) ?? null;
      await recordAudit(tx, actor, audit(kind, 'update', { id, slug }, { before: diff.before, after: diff.after, note }));
      return { ok: true as const, id, slug, version: expectedVersion + 1, changed: diff.fields };
    }),
  );
  return outcome === 'stale' ? conflictOrGone(kind, id, input) : outcome;
}

export async function markListingVerified<I extends Slugged>(kind: ListingKind<I>, actor: Actor | null, id: number, now = new Date()): Promise<ListingWriteResult> {
  assertRole(actor, 'editor');
  if (!kind.verifiable) throw new Error(`A ${kind.noun} has no verification date`);
  return db.$transaction(async (tx) => {
    const existing = await table(tx, kind.entity).findUnique({ where: { id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const updated = await table(tx, kind.entity).update({ where: { id }, data: { lastVerifiedAt: now, version: { increment: 1 } } });
    const before = { lastVerifiedAt: existing.lastVerifiedAt?.toISOString() ?? null };
    await recordAudit(tx, actor, audit(kind, 'verify', existing, { before, after: { lastVerifiedAt: now.toISOString() } }));
    return { ok: true as const, id, slug: existing.slug, version: updated.version, changed: ['lastVerifiedAt'] };
  });
}

export async function deleteListing<I extends Slugged>(kind: ListingKind<I>, actor: Actor | null, id: number): Promise<ListingWriteResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await table(tx, kind.entity).findUnique({ where: { id }, ...withSources(kind) });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    await table(tx, kind.entity).delete({ where: { id } });
    await recordAudit(tx, actor, audit(kind, 'delete', existing, { before: kind.fromRow(existing) }));
    return { ok: true as const, id, slug: existing.slug, version: existing.version, changed: [] };
  });
}

/** A write to a part of a listing (a school's evidence): refused when the check says so, audited on the listing. */
export type PartAudit = { action: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; note?: string };
export type PartWriteResult<R extends string, D> =
  | { ok: true; id: number; slug: string; version: number; done: D }
  | { ok: false; kind: R | 'not_found' }
  | { ok: false; kind: 'conflict'; conflict: Conflict };

/**
 * A versioned write to a part of a listing: the check runs first (nothing is written when it refuses), then
 * the listing's version check and bump in one statement, the write, the kind's afterWrite and the audit entry
 * on the listing — so a part edited from a stale page is refused like a stale form.
 */
export async function writeListingPart<I extends Slugged, R extends string, D>(
  kind: ListingKind<I>,
  actor: Actor,
  id: number,
  expectedVersion: number,
  check: (tx: Tx, row: ListingRow) => Promise<R | null>,
  write: (tx: Tx, row: ListingRow) => Promise<{ audit: PartAudit; done: D }>,
): Promise<PartWriteResult<R, D>> {
  const outcome = await db.$transaction(async (tx) => {
    const row = await table(tx, kind.entity).findUnique({ where: { id } });
    if (!row) return { ok: false as const, kind: 'not_found' as const };
    const refusal = await check(tx, row);
    if (refusal) return { ok: false as const, kind: refusal };
    const { count } = await table(tx, kind.entity).updateMany({ where: { id, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (count === 0) return 'stale' as const;
    const { audit: entry, done } = await write(tx, row);
    await kind.afterWrite?.(tx, id);
    const { action, before, after, note } = entry;
    await recordAudit(tx, actor, { action, entityType: kind.entity, entityId: id, entitySlug: row.slug, before: before ?? null, after: after ?? null, note: note ?? null });
    return { ok: true as const, id, slug: row.slug, version: expectedVersion + 1, done };
  });
  return outcome === 'stale' ? conflictOrGone(kind, id, null) : outcome;
}

/** The kind's writes under one name each, for a kind's own mutations module to re-export. */
export function listingMutations<I extends Slugged>(kind: ListingKind<I>) {
  return {
    create: (actor: Actor | null, input: I, now?: Date) => createListing(kind, actor, input, now),
    update: (actor: Actor | null, id: number, expectedVersion: number, input: I, now?: Date) => updateListing(kind, actor, id, expectedVersion, input, now),
    verify: (actor: Actor | null, id: number, now?: Date) => markListingVerified(kind, actor, id, now),
    remove: (actor: Actor | null, id: number) => deleteListing(kind, actor, id),
    describeConflict: (id: number, input: I | null) => describeListingConflict(kind, id, input),
  };
}
