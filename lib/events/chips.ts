// The active event filters in words: removable chips and the one-line summary.
import { valueChips, type FilterChip } from '../filters/chips';
import { eventsHref, type EventFilter } from './filters';
import { AUDIENCE_LABEL, TOPIC_LABEL } from './vocabulary';
import { organizerByKey } from './organizers';

export type EventChip = FilterChip;

export function eventChips(filter: EventFilter): EventChip[] {
  const href = (patch: Partial<EventFilter>) => eventsHref(filter, patch);
  return [
    ...valueChips('topic', filter.topic, (t) => `Topic: ${TOPIC_LABEL[t]}`, (topic) => href({ topic })),
    ...valueChips('audience', filter.audience, (a) => `For: ${AUDIENCE_LABEL[a]}`, (audience) => href({ audience })),
    ...valueChips('organizer', filter.organizer, (o) => `By: ${organizerByKey(o)?.name ?? o}`, (organizer) => href({ organizer })),
  ];
}

export function describeEventFilter(filter: EventFilter, total: number): string {
  const noun = total === 1 ? 'event, program or recording' : 'events, programs and recordings';
  const parts = [`${total} ${noun}`];
  if (filter.topic.length) parts.push(`on ${filter.topic.map((t) => TOPIC_LABEL[t].toLowerCase()).join(' or ')}`);
  if (filter.audience.length) parts.push(`for ${filter.audience.map((a) => AUDIENCE_LABEL[a].toLowerCase()).join(' or ')}`);
  if (filter.organizer.length) parts.push(`by ${filter.organizer.map((o) => organizerByKey(o)?.name ?? o).join(' or ')}`);
  return parts.join(' ');
}
