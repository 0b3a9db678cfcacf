// THE URL contract of /events: topic, audience and organizer, each multi-valued and comma-separated (OR within
// a parameter, AND across). Same conventions as /programs: lenient per-parameter parsing that reports what it
// dropped, canonical order of parameters and values, one href builder.
import { parseMulti, type IgnoredParam } from '../programs/filters';
import { EVENT_AUDIENCES, EVENT_TOPICS, type EventAudience, type EventTopic } from './vocabulary';
import { ORGANIZER_KEYS } from './organizers';

export type EventFilter = { topic: EventTopic[]; audience: EventAudience[]; organizer: string[] };
export const EMPTY_EVENT_FILTER: EventFilter = { topic: [], audience: [], organizer: [] };
export const EVENT_FILTER_PARAMS = ['topic', 'audience', 'organizer'] as const;
export type EventFacet = (typeof EVENT_FILTER_PARAMS)[number];

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseEventFilter(raw: RawParams): { filter: EventFilter; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const filter: EventFilter = {
    topic: parseMulti(raw, 'topic', EVENT_TOPICS, `must be one of ${EVENT_TOPICS.join(', ')}`, ignored),
    audience: parseMulti(raw, 'audience', EVENT_AUDIENCES, `must be one of ${EVENT_AUDIENCES.join(', ')}`, ignored),
    organizer: parseMulti(raw, 'organizer', ORGANIZER_KEYS, 'must be an organizer from the list', ignored),
  };
  return { filter, ignored };
}

const VOCABULARY: Record<EventFacet, readonly string[]> = { topic: EVENT_TOPICS, audience: EVENT_AUDIENCES, organizer: ORGANIZER_KEYS };

export function serializeEventFilter(filter: EventFilter): string {
  return EVENT_FILTER_PARAMS.filter((p) => filter[p].length)
    .map((p) => `${p}=${VOCABULARY[p].filter((v) => (filter[p] as string[]).includes(v)).join(',')}`)
    .join('&');
}

export function eventsHref(filter: EventFilter, patch: Partial<EventFilter> = {}): string {
  const query = serializeEventFilter({ ...filter, ...patch });
  return query ? `/events?${query}` : '/events';
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
