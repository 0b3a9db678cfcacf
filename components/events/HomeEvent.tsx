import Link from 'next/link';
import type { EventRow } from '@/lib/events/queries';
import { EventStart } from './EventStart';

/** Home page: the next upcoming session, or (when none is listed) one recurring program. */
export function HomeEvent({ item }: { item: { kind: 'upcoming' | 'series'; event: EventRow } | null }) {
  if (!item) return null;
  const { event } = item;
  return (
    <section aria-labelledby="home-event" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="home-event">
      <h2 id="home-event" className="text-lg font-semibold">
        {item.kind === 'upcoming' ? 'Next event' : 'A recurring program for IMGs'}
      </h2>
      <p className="mt-2">
        <Link href={`/events/${event.slug}`} className="font-medium">
          {event.title}
        </Link>
      </p>
      <p className="text-sm text-slate-700">{event.organizer}</p>
      <p className="mt-1 text-sm">{item.kind === 'upcoming' ? <EventStart event={event} /> : event.recurrence ?? 'Dates are announced on the organizer’s page.'}</p>
      <p className="mt-2 text-sm">
        <Link href="/events">All events, programs and recordings</Link>
      </p>
    </section>
  );
}
