// Splits the listed events into the four sections of /events, at the moment of the request:
// upcoming (dated, soonest first), recurring programs, recordings, past sessions (newest first, then undated).
import { eventMatches, EVENT_FILTER_PARAMS, type EventFacet, type EventFilter } from './filters';
import { isUpcoming } from './when';
import { EVENT_AUDIENCES, EVENT_TOPICS } from './vocabulary';
import { ORGANIZER_KEYS } from './organizers';

export type SectionFacts = {
  slug: string;
  title: string;
  kind: string;
  startsLocal: string | null;
  timeZone: string | null;
  startsAt: Date | null;
  topics: string;
  audiences: string;
  organizerKey: string;
};

export type EventSections<T> = { upcoming: T[]; series: T[]; recordings: T[]; past: T[] };

const byTitle = (a: SectionFacts, b: SectionFacts) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.slug < b.slug ? -1 : 1);
const time = (e: SectionFacts) => e.startsAt?.getTime() ?? 0;

export function splitEvents<T extends SectionFacts>(events: T[], now: Date): EventSections<T> {
  const sections: EventSections<T> = { upcoming: [], series: [], recordings: [], past: [] };
  for (const event of events) {
    if (event.kind === 'series') sections.series.push(event);
    else if (event.kind === 'recording') sections.recordings.push(event);
    else if (isUpcoming(event, now)) sections.upcoming.push(event);
    else sections.past.push(event);
  }
  sections.upcoming.sort((a, b) => time(a) - time(b) || byTitle(a, b));
  sections.series.sort(byTitle);
  sections.recordings.sort(byTitle);
  // Newest first; sessions whose source gives no date go last, by title.
  sections.past.sort((a, b) => (a.startsAt && b.startsAt ? time(b) - time(a) : a.startsAt ? -1 : b.startsAt ? 1 : 0) || byTitle(a, b));
  return sections;
}

/** How many listed events each filter value would give, with the other parameters applied. */
export function countEventFacets(events: SectionFacts[], filter: EventFilter): Record<EventFacet, Record<string, number>> {
  const values: Record<EventFacet, readonly string[]> = { topic: EVENT_TOPICS, audience: EVENT_AUDIENCES, organizer: ORGANIZER_KEYS };
  const counts = {} as Record<EventFacet, Record<string, number>>;
  for (const facet of EVENT_FILTER_PARAMS) {
    counts[facet] = Object.fromEntries(values[facet].map((v) => [v, 0]));
    for (const event of events) {
      if (!eventMatches(event, filter, facet)) continue;
      const own = facet === 'organizer' ? [event.organizerKey] : (facet === 'topic' ? event.topics : event.audiences).split(',');
      for (const v of own) if (v in counts[facet]) counts[facet][v]++;
    }
  }
  return counts;
}
