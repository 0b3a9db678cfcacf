// /events — webinars and information sessions: upcoming and past, times in the visitor's time zone, .ics files.
import type { Metadata } from 'next';
import Link from 'next/link';
import { listEvents } from '@/lib/content/events';
import { EventCard } from '@/components/events/EventCard';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Events and webinars for international applicants and IMGs',
  description: 'Upcoming and past webinars and information sessions, with times in your time zone and calendar files.',
  alternates: { canonical: '/events' },
};

export default async function EventsPage() {
  const { upcoming, past } = await listEvents();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Events and webinars</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Webinars and information sessions run by schools, licensing bodies and support organizations. We list only
          events we have checked with the organizer’s own page. Times show in your time zone once the page has loaded
          (UTC otherwise).
        </p>
      </header>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-xl font-semibold">
          Upcoming
        </h2>
        {upcoming.length ? (
          <ul className="mt-3 space-y-3">
            {upcoming.map((event) => (
              <EventCard key={event.slug} event={event} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="no-upcoming">
            There are no upcoming events listed right now. In the meantime, the <Link href="/guides" className="underline">guides</Link> cover
            applying, financing, the IMG pathway and continuing education.
          </p>
        )}
      </section>

      <section aria-labelledby="past-heading">
        <h2 id="past-heading" className="text-xl font-semibold">
          Past events
        </h2>
        {past.length ? (
          <ul className="mt-3 space-y-3">
            {past.map((event) => (
              <EventCard key={event.slug} event={event} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="no-past">
            No past events are listed. See the <Link href="/guides" className="underline">guides</Link> for what we have written so far.
          </p>
        )}
      </section>
    </div>
  );
}
