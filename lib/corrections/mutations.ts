// An editor closes a reader's correction (resolved or dismissed) with a note; audited in the same transaction.
import 'server-only';
import { db } from '../db';
import { assertRole, type Actor } from '../auth/roles';
import { recordAudit } from '../audit/record';
import type { ResolveCorrectionInput } from '../validation/correction';

export type ResolveResult = { ok: true; id: number } | { ok: false; kind: 'not_found' | 'already_closed'; status?: string };

export async function resolveCorrection(actor: Actor | null, input: ResolveCorrectionInput, now = new Date()): Promise<ResolveResult> {
  assertRole(actor, 'editor');
  return db.$transaction(async (tx) => {
    const existing = await tx.correction.findUnique({ where: { id: input.id } });
    if (!existing) return { ok: false as const, kind: 'not_found' as const };
    // Only an open correction can be closed, so two editors cannot both close it.
    const { count } = await tx.correction.updateMany({
      where: { id: input.id, status: 'open' },
      data: { status: input.status, resolutionNote: input.note, resolvedById: actor.id, resolvedAt: now },
    });
    if (count === 0) return { ok: false as const, kind: 'already_closed' as const, status: existing.status };
    await recordAudit(tx, actor, {
      action: input.status === 'resolved' ? 'correction.resolve' : 'correction.dismiss',
      entityType: 'correction',
      entityId: input.id,
      entitySlug: `${existing.entityType}:${existing.entitySlug}`,
      before: { status: existing.status },
      after: { status: input.status, resolutionNote: input.note },
    });
    return { ok: true as const, id: input.id };
  });
}
