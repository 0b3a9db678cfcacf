// Published events as the public pages read them. The list is small (tens of rows), so the page filters and
// splits it in memory with the same predicate the tests use as their oracle (lib/events/filters.ts).
import 'server-only';
import { db } from '../db';
import { eventMatches, type EventFilter } from './filters';
import { countEventFacets, splitEvents } from './sections';
import { isUpcoming } from './when';

export const EVENT_SELECT = {
  slug: true,
  title: true,
  description: true,
  kind: true,
  organizer: true,
  organizerKey: true,
  audience: true,
  audiences: true,
  topics: true,
  cost: true,
  costNote: true,
  recurrence: true,
  startsLocal: true,
  timeZone: true,
  startsAt: true,
  registrationUrl: true,
  sourceUrl: true,
  sourceDate: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type EventRow = {
  slug: string;
  title: string;
  description: string;
  kind: string;
  organizer: string;
  organizerKey: string;
  audience: string;
  audiences: string;
  topics: string;
  cost: string;
  costNote: string | null;
  recurrence: string | null;
  startsLocal: string | null;
  timeZone: string | null;
  startsAt: Date | null;
  registrationUrl: string | null;
  sourceUrl: string;
  sourceDate: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export async function listPublishedEvents(): Promise<EventRow[]> {
  return db.event.findMany({ where: { status: 'published' }, select: EVENT_SELECT, orderBy: { slug: 'asc' } });
}

export async function searchEvents(filter: EventFilter, now = new Date()) {
  const all = await listPublishedEvents();
  const matching = all.filter((e) => eventMatches(e, filter));
  return { total: matching.length, listed: all.length, sections: splitEvents(matching, now), facets: countEventFacets(all, filter) };
}

export async function getEventBySlug(slug: string): Promise<EventRow | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return db.event.findFirst({ where: { status: 'published', slug }, select: EVENT_SELECT });
}

export async function listUpcomingEvents(now = new Date()): Promise<EventRow[]> {
  const dated = await db.event.findMany({
    where: { status: 'published', kind: 'event', startsAt: { not: null } },
    select: EVENT_SELECT,
    orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }],
  });
  return dated.filter((e) => isUpcoming(e, now));
}

/** What the home page shows: the next upcoming session, or else one recurring program (a different one each day). */
export async function getHomeEvent(now = new Date()): Promise<{ kind: 'upcoming' | 'series'; event: EventRow } | null> {
  const [next] = await listUpcomingEvents(now);
  if (next) return { kind: 'upcoming', event: next };
  const series = await db.event.findMany({ where: { status: 'published', kind: 'series' }, select: EVENT_SELECT, orderBy: { slug: 'asc' } });
  if (!series.length) return null;
  const day = Math.floor(now.getTime() / 86_400_000);
  return { kind: 'series', event: series[day % series.length] };
}

/** Newest listings first, for the Atom feed. */
export async function listNewlyListedEvents(limit = 50): Promise<EventRow[]> {
  return db.event.findMany({ where: { status: 'published' }, select: EVENT_SELECT, orderBy: [{ createdAt: 'desc' }, { slug: 'asc' }], take: limit });
}

export async function listEventsByOrganizer(key: string): Promise<EventRow[]> {
  return db.event.findMany({ where: { status: 'published', organizerKey: key }, select: EVENT_SELECT, orderBy: { title: 'asc' } });
}
