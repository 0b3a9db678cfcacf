// Atom entries for a set of published schools: one per published change recorded in the audit log, or, for
// a school with no recorded change yet (seed data), one entry for its last update. Only changes made while the
// school was published are told, and only in the fields its public page shows (no status, aliases or notes).
import 'server-only';
import { db } from '../db';
import { siteUrl } from '../site';
import { formatDate } from '../dates';
import type { AtomEntry } from './atom';
import { actionWord, describeChange, parseObject, PUBLIC_CHANGE_KEYS } from './describe-change';

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
  const fromLog: AtomEntry[] = publicChanges(logs).flatMap(({ log, published }) => {
    const school = byId.get(log.entityId!)!;
    const lines = describeChange(log.before, log.after, PUBLIC_CHANGE_KEYS);
    const action = published ? 'school.publish' : log.action;
    if (lines.length === 0 && action !== 'school.publish' && action !== 'school.verify') return [];
    return [
      {
        id: `${origin}/schools/${school.slug}#change-${log.id}`,
        title: `${school.name}: ${actionWord(action).toLowerCase()}`,
        updated: log.createdAt,
        url: `${origin}/schools/${school.slug}`,
        summary: [`${actionWord(action)} on ${formatDate(log.createdAt)}.`, ...lines].join('\n'),
      },
    ];
  });
  const fromUpdatedAt: AtomEntry[] = schools
    .filter((s) => !logged.has(s.id))
    .map((s) => ({
      id: `${origin}/schools/${s.slug}#updated-${s.updatedAt.getTime()}`,
      title: `${s.name}: listing updated`,
      updated: s.updatedAt,
      url: `${origin}/schools/${s.slug}`,
      summary: `Listing last updated on ${formatDate(s.updatedAt)}; information as of ${s.asOf}. ${s.readerSummary}`.trim(),
    }));
  return [...fromLog, ...fromUpdatedAt].sort((x, y) => y.updated.getTime() - x.updated.getTime()).slice(0, FEED_LIMIT);
}

type ChangeLog = { entityId: number | null; action: string; before: string | null; after: string | null };

/**
 * The entries written while their school was published (or that published it). The log holds diffs, so the
 * status after each entry is found by walking back from today's (published) status, newest first: an entry
 * whose `before` records a status tells the status after the entry older than it.
 */
export function publicChanges<T extends ChangeLog>(logsNewestFirst: T[]): { log: T; published: boolean }[] {
  const statusAfter = new Map<number, unknown>();
  const out: { log: T; published: boolean }[] = [];
  for (const log of logsNewestFirst) {
    const id = log.entityId!;
    const after = statusAfter.has(id) ? statusAfter.get(id) : 'published';
    const before = parseObject(log.before);
    const created = log.action.endsWith('.create');
    const previous = created ? undefined : 'status' in before ? before.status : after;
    if (after === 'published') out.push({ log, published: !created && previous !== 'published' });
    statusAfter.set(id, previous);
  }
  return out;
}

/** The feed's own <updated>: its newest entry, or the epoch for an empty feed (stable, so readers don't refetch). */
export function latestUpdate(entries: AtomEntry[]): Date {
  return entries[0]?.updated ?? new Date(0);
}
