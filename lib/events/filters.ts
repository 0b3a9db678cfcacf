// THE URL contract of /events: topic, audience and organizer, each multi-valued and comma-separated (OR within
// a parameter, AND across). Same conventions as /programs: lenient per-parameter parsing that reports what it
// dropped, canonical order of parameters and values, one href builder.
import { z } from 'zod';
import { hrefWith, listOf, queryPairs, readQuery, toQueryString, type IgnoredParam, type RawParams } from '../filters/query';
import { EVENT_AUDIENCES, EVENT_TOPICS, type EventAudience, type EventTopic } from './vocabulary';
import { ORGANIZER_KEYS } from './organizers';

export type EventFilter = { topic: EventTopic[]; audience: EventAudience[]; organizer: string[] };
export const EMPTY_EVENT_FILTER: EventFilter = { topic: [], audience: [], organizer: [] };

/** The /events query, one multi-valued field per parameter in canonical order (lib/filters/query.ts). */
export const EVENT_FILTER_QUERY = z.object({
  topic: listOf(EVENT_TOPICS, 'Topic; values are OR.'),
  audience: listOf(EVENT_AUDIENCES, 'Audience; values are OR.'),
  organizer: listOf(ORGANIZER_KEYS, 'Organizer; values are OR.', 'must be an organizer from the list'),
});
export const EVENT_FILTER_PARAMS = EVENT_FILTER_QUERY.keyof().options;
export type EventFacet = (typeof EVENT_FILTER_PARAMS)[number];

export function parseEventFilter(raw: RawParams): { filter: EventFilter; ignored: IgnoredParam[] } {
  const { values, ignored } = readQuery(EVENT_FILTER_QUERY, raw);
  return { filter: values, ignored };
}

export function serializeEventFilter(filter: EventFilter): string {
  return toQueryString(queryPairs(EVENT_FILTER_QUERY, filter));
}

export function eventsHref(filter: EventFilter, patch: Partial<EventFilter> = {}): string {
  return hrefWith('/events', serializeEventFilter({ ...filter, ...patch }));
}

export function isEventFilterActive(filter: EventFilter): boolean {
  return EVENT_FILTER_PARAMS.some((p) => filter[p].length > 0);
}

type Facts = { topics: string; audiences: string; organizerKey: string };

const listHas = (stored: string, wanted: readonly string[]) => {
  const have = stored.split(',');
  return wanted.some((w) => have.includes(w));
};

/** The matching rule (the oracle the tests compare with): OR within a parameter, AND across; `omit` skips one. */
export function eventMatches(event: Facts, filter: EventFilter, omit?: EventFacet): boolean {
  if (omit !== 'topic' && filter.topic.length && !listHas(event.topics, filter.topic)) return false;
  if (omit !== 'audience' && filter.audience.length && !listHas(event.audiences, filter.audience)) return false;
  if (omit !== 'organizer' && filter.organizer.length && !filter.organizer.includes(event.organizerKey)) return false;
  return true;
}
