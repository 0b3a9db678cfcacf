// Every write to a school's evidence (its per-field sources): add, edit, remove. Evidence is part of the
// school, so each write goes through the school's version check (a form loaded before someone else's save is
// refused, as for the school form), bumps the version, writes the audit entry with the source before and
// after, and recomputes the confirmed* columns, all in one transaction.
import 'server-only';
import { assertRole, type Actor } from '../auth/roles';
import { writeListingPart, type Conflict, type PartAudit } from '../listings/mutations';
import { schoolKind } from '../schools/kind';
import type { EvidenceInput } from '../validation/evidence';
import type { Tx } from './recompute';

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
export type VersionedWrite = (tx: Tx, school: School) => Promise<{ audit: PartAudit; evidenceId: number }>;

/**
 * One versioned write to a school, on the listings' write path (writeListingPart): checks run first (nothing
 * is written when they refuse), then the version check and bump in one statement, the write, the confirmed*
 * columns (the school kind's afterWrite) and the audit entry.
 */
export async function writeVersioned(actor: Actor, schoolId: number, expectedVersion: number, check: VersionedCheck, write: VersionedWrite): Promise<EvidenceWriteResult> {
  const result = await writeListingPart(schoolKind, actor, schoolId, expectedVersion, check, async (tx, school) => {
    const { audit, evidenceId } = await write(tx, school);
    return { audit, done: evidenceId };
  });
  if (!result.ok) return result;
  return { ok: true, schoolId, slug: result.slug, version: result.version, evidenceId: result.done };
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
