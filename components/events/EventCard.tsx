import Link from 'next/link';
import { Badge } from '../Badge';
import type { EventRow } from '@/lib/events/queries';
import { COST_LABEL, KIND_LABEL, TOPIC_LABEL, EVENT_TOPICS, readList, type EventCost, type EventKind } from '@/lib/events/vocabulary';
import { EventStart } from './EventStart';

export function costText(event: Pick<EventRow, 'cost' | 'costNote'>): string {
  const label = COST_LABEL[(event.cost as EventCost)] ?? COST_LABEL.unknown;
  return event.costNote ? `${label} (${event.costNote})` : label;
}

/** One listed event: what it is, when (or how often), who runs it and for whom, and where it comes from. */
export function EventCard({ event }: { event: EventRow }) {
  const topics = readList(event.topics, EVENT_TOPICS);
  const dated = !!event.startsLocal;
  return (
    <article className="listing-card" data-testid="event" data-slug={event.slug}>
      <h3 className="text-base font-semibold">
        <Link href={`/events/${event.slug}`}>{event.title}</Link>
      </h3>
      <p className="text-sm text-slate-700">{event.organizer}</p>
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Kind and topics">
        <li>
          <Badge tone="blue">{KIND_LABEL[event.kind as EventKind] ?? event.kind}</Badge>
        </li>
        {topics.map((t) => (
          <li key={t}>
            <Badge tone="slate">{TOPIC_LABEL[t]}</Badge>
          </li>
        ))}
      </ul>
      <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
        {event.recurrence ? (
          <>
            <dt className="font-medium">How often</dt>
            <dd>{event.recurrence}</dd>
          </>
        ) : null}
        <dt className="font-medium">{event.kind !== 'series' ? 'When' : dated ? 'Stated date' : 'Next date'}</dt>
        <dd>
          {dated ? <EventStart event={event} /> : event.kind === 'recording' ? 'Any time (recorded)' : event.kind === 'series' ? 'Announced on the organizer’s page' : 'Date not given on the source page'}
        </dd>
        <dt className="font-medium">For</dt>
        <dd>{event.audience || 'Not stated'}</dd>
        <dt className="font-medium">Cost</dt>
        <dd>{costText(event)}</dd>
      </dl>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {event.registrationUrl ? (
          <li>
            <a href={event.registrationUrl} rel="noopener noreferrer nofollow">
              {event.kind === 'recording' ? 'Watch' : 'Organizer’s page'}
              <span className="sr-only"> for {event.title}</span>
            </a>
          </li>
        ) : null}
        <li>
          <a href={event.sourceUrl} rel="noopener noreferrer nofollow">
            Source{event.sourceDate ? ` (${event.sourceDate})` : ''}
            <span className="sr-only"> for {event.title}</span>
          </a>
        </li>
        {dated ? (
          <li>
            <a href={`/events/${event.slug}/ics`} download={`${event.slug}.ics`}>
              Add to calendar (.ics)<span className="sr-only"> for {event.title}</span>
            </a>
          </li>
        ) : null}
      </ul>
    </article>
  );
}
