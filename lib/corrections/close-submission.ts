// Closing a reader's submission (a correction or an event suggestion): resolved or dismissed with the editor's
// note, only while it is still open (so two editors cannot both close it), audited in the same transaction.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import type { ResolveCorrectionInput } from '../validation/correction';

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Closed = { status: string; resolutionNote: string; resolvedById: number; resolvedAt: Date };

/** The one table a kind of submission lives in, seen through the two calls closing needs. */
type SubmissionTable<Row> = {
  findUnique(args: { where: { id: number } }): PromiseLike<Row | null>;
  updateMany(args: { where: { id: number; status: 'open' }; data: Closed }): PromiseLike<{ count: number }>;
};

export type CloseResult = { ok: true; id: number } | { ok: false; kind: 'not_found' | 'already_closed'; status?: string };

export async function closeSubmission<Row extends { status: string }>(
  actor: Actor | null,
  input: ResolveCorrectionInput,
  now: Date,
  submission: { table: (tx: Tx) => SubmissionTable<Row>; auditPrefix: string; entityType: string; auditSlug: (row: Row) => string },
): Promise<CloseResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const table = submission.table(tx);
    const existing = await table.findUnique({ where: { id: input.id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    const { count } = await table.updateMany({
      where: { id: input.id, status: 'open' },
      data: { status: input.status, resolutionNote: input.note, resolvedById: actor.id, resolvedAt: now },
    });
    if (count === 0) return { ok: false as const, kind: 'already_closed' as const, status: existing.status };
    await recordAudit(tx, actor, {
      action: `${submission.auditPrefix}.${input.status === 'resolved' ? 'resolve' : 'dismiss'}`,
      entityType: submission.entityType,
      entityId: input.id,
      entitySlug: submission.auditSlug(existing),
      before: { status: existing.status },
      after: { status: input.status, resolutionNote: input.note },
    });
    return { ok: true as const, id: input.id };
  });
}
