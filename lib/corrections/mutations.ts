// An editor closes a reader's correction (resolved or dismissed) with a note; audited in the same transaction.
import 'server-only';
import type { Actor } from '../auth/roles';
import type { ResolveCorrectionInput } from '../validation/correction';
import { closeSubmission, type CloseResult } from './close-submission';

export type ResolveResult = CloseResult;

export async function resolveCorrection(actor: Actor | null, input: ResolveCorrectionInput, now = new Date()): Promise<ResolveResult> {
  return closeSubmission(actor, input, now, {
    table: (tx) => tx.correction,
    auditPrefix: 'correction',
    entityType: 'correction',
    auditSlug: (row) => `${row.entityType}:${row.entitySlug}`,
  });
}
