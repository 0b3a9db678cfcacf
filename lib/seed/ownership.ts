// Which seeded schools an editor has changed since the seed last wrote them. A re-seed (new research data on
// `npm start`) updates every other school and keeps an editor's work: the editor's values are newer than the
// research pass they started from, and the stale-data queue is where the two meet.
import type { Db } from '../db-client';

type Owned = { id: number; version: number; seedVersion: number | null };

/** Ids of the schools whose current row is an editor's, not the seed's. */
export async function editorOwnedSchoolIds(db: Db, schools: Owned[]): Promise<Set<number>> {
  const owned = new Set<number>();
  const unknown: number[] = [];
  for (const s of schools) {
    if (s.seedVersion === null) unknown.push(s.id);
    else if (s.version !== s.seedVersion) owned.add(s.id);
  }
  // Rows written before the seed recorded its version: an editor's audited change marks them.
  if (unknown.length) {
    const edited = await db.auditLog.findMany({
      where: { entityType: 'school', entityId: { in: unknown }, actorId: { not: null } },
      select: { entityId: true },
      distinct: ['entityId'],
    });
    for (const row of edited) if (row.entityId !== null) owned.add(row.entityId);
  }
  return owned;
}
