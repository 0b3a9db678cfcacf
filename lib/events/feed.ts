// The Atom feed of newly listed events, programs and recordings (newest listing first).
import 'server-only';
import { buildAtomFeed } from '../feeds/atom';
import { siteUrl } from '../site';
import { listNewlyListedEvents } from './queries';
import { formatStart } from './when';
import { KIND_LABEL, type EventKind } from './vocabulary';

export async function buildEventsFeed(): Promise<string> {
  const events = await listNewlyListedEvents();
  const base = siteUrl();
  return buildAtomFeed({
    id: `${base}/events`,
    title: 'IMG Pathways — newly listed events and programs',
    subtitle: 'Webinars, recordings and recurring programs for international applicants and IMGs, each with its source.',
    selfUrl: `${base}/events/feed.xml`,
    alternateUrl: `${base}/events`,
    authorName: 'IMG Pathways',
    updated: events.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), new Date(0)),
    entries: events.map((e) => {
      const start = formatStart(e);
      const summary = [
        `${KIND_LABEL[e.kind as EventKind] ?? e.kind} by ${e.organizer}.`,
        start ? `Starts: ${start}.` : '',
        e.recurrence ? `How often: ${e.recurrence}.` : '',
        e.audience ? `For: ${e.audience}.` : '',
        `Source: ${e.sourceUrl}`,
      ].filter(Boolean);
      return { id: `${base}/events/${e.slug}`, title: e.title, url: `${base}/events/${e.slug}`, published: e.createdAt, updated: e.updatedAt, summary: summary.join(' ') };
    }),
  });
}
