// After a seed: every school's confirmed* columns (lib/evidence/confirmed.ts) match its values and evidence,
// and every school the seed owns records the version it now has (lib/seed/ownership.ts).
import type { Db } from '../db-client';
import { confirmedValues, sameConfirmed } from '../evidence/confirmed';

export async function syncConfirmedAndOwnership(db: Db, owned: Set<number>): Promise<void> {
  const [schools, evidence] = await Promise.all([
    db.school.findMany(),
    db.evidence.findMany({ select: { schoolId: true, field: true, value: true, sourceKind: true } }),
  ]);
  const bySchool = new Map<number, typeof evidence>();
  for (const e of evidence) bySchool.set(e.schoolId, [...(bySchool.get(e.schoolId) ?? []), e]);
  for (const school of schools) {
    const confirmed = confirmedValues(school, bySchool.get(school.id) ?? []);
    const seedVersion = owned.has(school.id) ? school.seedVersion : school.version;
    if (sameConfirmed(school, confirmed) && school.seedVersion === seedVersion) continue;
    // A derived column: no version bump, no updatedAt change a reader would read as an edit.
    await db.school.update({ where: { id: school.id }, data: { ...confirmed, seedVersion, updatedAt: school.updatedAt } });
  }
}
