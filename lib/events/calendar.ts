// Listed events → iCalendar entries: one file per dated event, one calendar of the upcoming ones.
import { siteUrl } from '../site';
import { buildCalendar, type IcsEvent, type IcsStart } from './ics';
import { hasTime, isRealStart } from './when';
import { COST_LABEL, type EventCost } from './vocabulary';
import type { EventRow } from './queries';

type CalendarFacts = Pick<EventRow,
  | 'slug' | 'title' | 'description' | 'organizer' | 'audience' | 'cost' | 'costNote' | 'recurrence' | 'startsLocal'
  | 'timeZone' | 'startsAt' | 'registrationUrl' | 'sourceUrl' | 'updatedAt'>;

export function icsStart(event: Pick<CalendarFacts, 'startsLocal' | 'timeZone' | 'startsAt'>): IcsStart | null {
  if (!event.startsLocal || !isRealStart(event.startsLocal) || !event.startsAt) return null;
  if (!hasTime(event.startsLocal)) return { date: event.startsLocal };
  return event.timeZone ? { instant: event.startsAt } : { floating: event.startsLocal };
}

export function toIcsEvent(event: CalendarFacts): IcsEvent | null {
  const start = icsStart(event);
  if (!start) return null;
  const page = `${siteUrl()}/events/${event.slug}`;
  const cost = COST_LABEL[(event.cost as EventCost) in COST_LABEL ? (event.cost as EventCost) : 'unknown'];
  const description = [
    event.description,
    event.audience ? `For: ${event.audience}` : '',
    event.recurrence ? `When: ${event.recurrence}` : '',
    `Cost: ${cost}${event.costNote ? ` (${event.costNote})` : ''}`,
    'floating' in start ? 'The organizer’s page gives no time zone for this time.' : '',
    event.registrationUrl ? `Register or watch: ${event.registrationUrl}` : '',
    `Source: ${event.sourceUrl}`,
    `Details: ${page}`,
  ].filter(Boolean);
  return {
    uid: `event-${event.slug}@${new URL(siteUrl()).host}`,
    title: event.title,
    description: description.join('\n'),
    organizer: event.organizer || undefined,
    start,
    url: event.registrationUrl ?? page,
    stamp: event.updatedAt,
  };
}

export function eventIcs(event: CalendarFacts): string | null {
  const entry = toIcsEvent(event);
  return entry ? buildCalendar([entry]) : null;
}

export function upcomingCalendar(events: CalendarFacts[]): string {
  return buildCalendar(events.map(toIcsEvent).filter((e): e is IcsEvent => e !== null), 'IMG Pathways — upcoming events');
}
