// Inside a school write's transaction: bring the school's confirmed* columns (lib/evidence/confirmed.ts) back
// in line with its values and evidence. Every write of a school's values or evidence calls this, or the
// `source=school` filter would answer from stale columns.
import 'server-only';
import type { db } from '../db';
import { confirmedValues, sameConfirmed } from './confirmed';

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export async function recomputeConfirmed(tx: Tx, schoolId: number): Promise<void> {
  const [school, evidence] = await Promise.all([
    tx.school.findUnique({ where: { id: schoolId } }),
    tx.evidence.findMany({ where: { schoolId }, select: { field: true, value: true, sourceKind: true } }),
  ]);
  if (!school) return;
  const next = confirmedValues(school, evidence);
  if (sameConfirmed(school, next)) return;
  // A derived column: updatedAt stays what the editor's write made it.
  await tx.school.update({ where: { id: schoolId }, data: { ...next, updatedAt: school.updatedAt } });
}
