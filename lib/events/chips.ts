// The active event filters in words: removable chips and the one-line summary.
import { eventsHref, type EventFilter } from './filters';
import { AUDIENCE_LABEL, TOPIC_LABEL } from './vocabulary';
import { organizerByKey } from './organizers';

export type EventChip = { param: string; label: string; removeHref: string };

export function eventChips(filter: EventFilter): EventChip[] {
  const chips: EventChip[] = [];
  for (const t of filter.topic) chips.push({ param: 'topic', label: `Topic: ${TOPIC_LABEL[t]}`, removeHref: eventsHref(filter, { topic: filter.topic.filter((v) => v !== t) }) });
  for (const a of filter.audience) chips.push({ param: 'audience', label: `For: ${AUDIENCE_LABEL[a]}`, removeHref: eventsHref(filter, { audience: filter.audience.filter((v) => v !== a) }) });
  for (const o of filter.organizer) chips.push({ param: 'organizer', label: `By: ${organizerByKey(o)?.name ?? o}`, removeHref: eventsHref(filter, { organizer: filter.organizer.filter((v) => v !== o) }) });
  return chips;
}

export function describeEventFilter(filter: EventFilter, total: number): string {
  const noun = total === 1 ? 'event, program or recording' : 'events, programs and recordings';
  const parts = [`${total} ${noun}`];
  if (filter.topic.length) parts.push(`on ${filter.topic.map((t) => TOPIC_LABEL[t].toLowerCase()).join(' or ')}`);
  if (filter.audience.length) parts.push(`for ${filter.audience.map((a) => AUDIENCE_LABEL[a].toLowerCase()).join(' or ')}`);
  if (filter.organizer.length) parts.push(`by ${filter.organizer.map((o) => organizerByKey(o)?.name ?? o).join(' or ')}`);
  return parts.join(' ');
}
