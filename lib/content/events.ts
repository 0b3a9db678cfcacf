// Published events (webinars, information sessions): upcoming and past, one event, and its .ics file.
import 'server-only';
import { db } from '../db';
import { siteUrl } from '../site';
import { buildIcs } from './ics';

const PUBLISHED = { status: 'published' } as const;
export const PAST_EVENTS_LIMIT = 20;

export type EventRow = {
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  registrationUrl: string;
  audience: string;
  organizer: string;
  sourceUrl: string | null;
  updatedAt: Date;
};

const select = {
  slug: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  registrationUrl: true,
  audience: true,
  organizer: true,
  sourceUrl: true,
  updatedAt: true,
} as const;

/** Upcoming = not yet ended (soonest first); past = ended (most recent first, at most 20). */
export async function listEvents(now = new Date()): Promise<{ upcoming: EventRow[]; past: EventRow[] }> {
  const [upcoming, past] = await Promise.all([
    db.event.findMany({ where: { ...PUBLISHED, endsAt: { gte: now } }, select, orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }] }),
    db.event.findMany({
      where: { ...PUBLISHED, endsAt: { lt: now } },
      select,
      orderBy: [{ startsAt: 'desc' }, { slug: 'asc' }],
      take: PAST_EVENTS_LIMIT,
    }),
  ]);
  return { upcoming, past };
}

export async function getEventBySlug(slug: string): Promise<EventRow | null> {
  return db.event.findFirst({ where: { ...PUBLISHED, slug }, select });
}

export function isHttpUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

export function eventIcs(event: EventRow): string {
  const host = new URL(siteUrl()).host;
  return buildIcs({
    uid: `event-${event.slug}@${host}`,
    title: event.title,
    description: [event.description, event.audience ? `Audience: ${event.audience}` : '', `Register: ${event.registrationUrl}`]
      .filter(Boolean)
      .join('\n\n'),
    organizer: event.organizer || undefined,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    url: isHttpUrl(event.registrationUrl) ? event.registrationUrl : `${siteUrl()}/events#${event.slug}`,
    stamp: event.updatedAt,
  });
}
