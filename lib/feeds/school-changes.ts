// Atom entries for a set of published schools: one per published change recorded in the audit log, or, for
// a school with no recorded change yet (seed data), one entry for its last update.
import 'server-only';
import { db } from '../db';
import { siteUrl } from '../site';
import { formatDate } from '../dates';
import type { AtomEntry } from './atom';
import { actionWord, describeChange } from './describe-change';

export const FEED_ACTIONS = ['school.create', 'school.update', 'school.publish', 'school.verify', 'school.import'];
export const FEED_LIMIT = 100;

type FeedSchool = { id: number; slug: string; name: string; updatedAt: Date; asOf: string; readerSummary: string };

export async function listSchoolChangeEntries(schools: FeedSchool[]): Promise<AtomEntry[]> {
  if (schools.length === 0) return [];
  const origin = siteUrl();
  const byId = new Map(schools.map((s) => [s.id, s]));
  const logs = await db.auditLog.findMany({
    where: { entityType: 'school', entityId: { in: [...byId.keys()] }, action: { in: FEED_ACTIONS } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: FEED_LIMIT,
  });
  const logged = new Set(logs.map((l) => l.entityId));
  const fromLog: AtomEntry[] = logs.map((log) => {
    const school = byId.get(log.entityId!)!;
    const lines = describeChange(log.before, log.after);
    return {
      id: `${origin}/schools/${school.slug}#change-${log.id}`,
      title: `${school.name}: ${actionWord(log.action).toLowerCase()}`,
      updated: log.createdAt,
      link: `${origin}/schools/${school.slug}`,
      summary: [`${actionWord(log.action)} on ${formatDate(log.createdAt)}.`, ...lines, log.note ?? ''].filter(Boolean).join('\n'),
    };
  });
  const fromUpdatedAt: AtomEntry[] = schools
    .filter((s) => !logged.has(s.id))
    .map((s) => ({
      id: `${origin}/schools/${s.slug}#updated-${s.updatedAt.getTime()}`,
      title: `${s.name}: listing updated`,
      updated: s.updatedAt,
      link: `${origin}/schools/${s.slug}`,
      summary: `Listing last updated on ${formatDate(s.updatedAt)}; information as of ${s.asOf}. ${s.readerSummary}`.trim(),
    }));
  return [...fromLog, ...fromUpdatedAt].sort((x, y) => y.updated.getTime() - x.updated.getTime()).slice(0, FEED_LIMIT);
}

/** The feed's own <updated>: its newest entry, or the epoch for an empty feed (stable, so readers don't refetch). */
export function latestUpdate(entries: AtomEntry[]): Date {
  return entries[0]?.updated ?? new Date(0);
}
