// Every write to a school's evidence (its per-field sources): add, edit, remove. Evidence is part of the
// school, so each write goes through the school's version check (a form loaded before someone else's save is
// refused, as for the school form), bumps the version, writes the audit entry with the source before and
// after, and recomputes the confirmed* columns, all in one transaction.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import { describeConflict, type Conflict } from '../schools/mutations';
import type { EvidenceInput } from '../validation/evidence';
import { recomputeConfirmed, type Tx } from './recompute';

export type EvidenceWriteResult =
  | { ok: true; schoolId: number; slug: string; version: number; evidenceId: number }
  | { ok: false; kind: Refusal | 'not_found' }
  | { ok: false; kind: 'conflict'; conflict: Conflict };

/** What a successful evidence action returns to its form. */
export type EvidenceSaved = { version: number; evidenceId: number };

type EvidenceRow = { field: string; value: string; sourceUrl: string; sourceDate: string; sourceKind: string };

/** What the audit log stores for one source. */
export function evidenceSnapshot(row: EvidenceRow) {
  return { field: row.field, value: row.value, sourceUrl: row.sourceUrl, sourceDate: row.sourceDate, sourceKind: row.sourceKind };
}

export type Refusal = 'evidence_not_found' | 'duplicate' | 'not_a_hint';
type School = { id: number; slug: string };
export type VersionedCheck = (tx: Tx, school: School) => Promise<Refusal | null>;
type Audit = { action: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; note?: string };
export type VersionedWrite = (tx: Tx, school: School) => Promise<{ audit: Audit; evidenceId: number }>;

/**
 * One versioned write to a school: checks run first (nothing is written when they refuse), then the version
 * check and bump in one statement, the write, the confirmed* columns and the audit entry.
 */
export async function writeVersioned(actor: Actor, schoolId: number, expectedVersion: number, check: VersionedCheck, write: VersionedWrite): Promise<EvidenceWriteResult> {
  const outcome = await db.$transaction(async (tx) => {
    const school = await tx.school.findUnique({ where: { id: schoolId }, select: { id: true, slug: true } });
    if (!school) return { ok: false as const, kind: 'not_found' as const };
    const refusal = await check(tx, school);
    if (refusal) return { ok: false as const, kind: refusal };
    const { count } = await tx.school.updateMany({ where: { id: schoolId, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (count === 0) return 'stale' as const;
    const done = await write(tx, school);
    await recomputeConfirmed(tx, schoolId);
    const { action, before, after, note } = done.audit;
    await recordAudit(tx, actor, {
      action,
      entityType: 'school',
      entityId: schoolId,
      entitySlug: school.slug,
      before: before ?? null,
      after: after ?? null,
      note: note ?? null,
    });
    return { ok: true as const, schoolId, slug: school.slug, version: expectedVersion + 1, evidenceId: done.evidenceId };
  });
  if (outcome !== 'stale') return outcome;
  const conflict = await describeConflict(schoolId, null);
  return conflict ? { ok: false, kind: 'conflict', conflict } : { ok: false, kind: 'not_found' };
}

async function duplicateOf(tx: Tx, schoolId: number, input: EvidenceInput, exceptId?: number): Promise<boolean> {
  const other = await tx.evidence.findFirst({ where: { schoolId, field: input.field, sourceUrl: input.sourceUrl }, select: { id: true } });
  return !!other && other.id !== exceptId;
}

export async function addEvidence(actor: Actor | null, schoolId: number, expectedVersion: number, input: EvidenceInput): Promise<EvidenceWriteResult> {
  assertRole(actor, 'editor');
  return writeVersioned(
    actor,
    schoolId,
    expectedVersion,
    async (tx) => ((await duplicateOf(tx, schoolId, input)) ? 'duplicate' : null),
    async (tx) => {
      const last = await tx.evidence.findFirst({ where: { schoolId }, orderBy: { position: 'desc' }, select: { position: true } });
      const row = await tx.evidence.create({ data: { ...input, schoolId, position: (last?.position ?? -1) + 1, addedBy: actor.email } });
      return { audit: { action: 'school.evidence.add', after: evidenceSnapshot(row) }, evidenceId: row.id };
    },
  );
}

export async function updateEvidence(
  actor: Actor | null,
  schoolId: number,
  evidenceId: number,
  expectedVersion: number,
  input: EvidenceInput,
): Promise<EvidenceWriteResult> {
  assertRole(actor, 'editor');
  return writeVersioned(
    actor,
    schoolId,
    expectedVersion,
    async (tx) => {
      const row = await tx.evidence.findFirst({ where: { id: evidenceId, schoolId } });
      if (!row) return 'evidence_not_found';
      return (await duplicateOf(tx, schoolId, input, evidenceId)) ? 'duplicate' : null;
    },
    async (tx) => {
      const before = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
      const after = await tx.evidence.update({ where: { id: evidenceId }, data: input });
      return { audit: { action: 'school.evidence.update', before: evidenceSnapshot(before), after: evidenceSnapshot(after) }, evidenceId };
    },
  );
}

export async function removeEvidence(actor: Actor | null, schoolId: number, evidenceId: number, expectedVersion: number): Promise<EvidenceWriteResult> {
  assertRole(actor, 'editor');
  return writeVersioned(
    actor,
    schoolId,
    expectedVersion,
    async (tx) => ((await tx.evidence.findFirst({ where: { id: evidenceId, schoolId }, select: { id: true } })) ? null : 'evidence_not_found'),
    async (tx) => {
      const before = await tx.evidence.delete({ where: { id: evidenceId } });
      return { audit: { action: 'school.evidence.remove', before: evidenceSnapshot(before) }, evidenceId };
    },
  );
}
