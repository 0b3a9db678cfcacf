import type { EventRow } from '@/lib/content/events';
import { isHttpUrl } from '@/lib/content/events';
import { LocalTime } from './LocalTime';

/** One event: title, time (in the visitor's zone once the browser runs), organizer, audience, links. */
export function EventCard({ event }: { event: EventRow }) {
  return (
    <li id={event.slug} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="event">
      <h3 className="text-lg font-semibold">{event.title}</h3>
      <p className="mt-1 text-sm font-medium text-slate-800">
        <LocalTime startsAt={event.startsAt.toISOString()} endsAt={event.endsAt.toISOString()} />
      </p>
      <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-600">Organizer</dt>
        <dd>{event.organizer || 'Not stated'}</dd>
        <dt className="text-slate-600">For</dt>
        <dd>{event.audience || 'Anyone interested'}</dd>
      </dl>
      <p className="mt-2 whitespace-pre-line text-slate-800">{event.description}</p>
      <ul className="mt-3 flex flex-wrap gap-4 text-sm">
        {isHttpUrl(event.registrationUrl) ? (
          <li>
            <a href={event.registrationUrl} rel="noopener noreferrer nofollow" target="_blank">
              Register with the organizer<span className="sr-only"> for {event.title}</span>
            </a>
          </li>
        ) : null}
        <li>
          <a href={`/events/${event.slug}/ics`} download={`${event.slug}.ics`}>
            Add to calendar (.ics)<span className="sr-only"> for {event.title}</span>
          </a>
        </li>
        {isHttpUrl(event.sourceUrl) ? (
          <li>
            <a href={event.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
              Source<span className="sr-only"> for {event.title}</span>
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}
