// /events — webinars, recurring programs and recordings, each with its source: upcoming (computed per request,
// so a past session never shows as upcoming), recurring programs, watch any time, and past sessions. Filters by
// topic, audience and organizer in a GET form that works without JavaScript; the canonical URL is declared.
import type { Metadata } from 'next';
import Link from 'next/link';
import { parseEventFilter, serializeEventFilter } from '@/lib/events/filters';
import { searchEvents } from '@/lib/events/queries';
import { describeEventFilter, eventChips } from '@/lib/events/chips';
import { EventFilterForm } from '@/components/events/EventFilterForm';
import { EventSection } from '@/components/events/EventSection';
import { IgnoredNotice } from '@/components/IgnoredNotice';
import { ActiveFilterChips } from '@/components/filters/ActiveFilterChips';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filter } = parseEventFilter(await searchParams);
  const query = serializeEventFilter(filter);
  const canonical = query ? `/events?${query}` : '/events';
  return {
    title: 'Events, webinars and recurring programs for IMGs',
    description: 'Webinars, recordings and recurring programs for international applicants and IMGs, each with the organizer’s page as its source.',
    alternates: { canonical, types: { 'text/calendar': '/events.ics', 'application/atom+xml': '/events/feed.xml' } },
  };
}

export default async function EventsPage({ searchParams }: Props) {
  const { filter, ignored } = parseEventFilter(await searchParams);
  const { total, sections, facets } = await searchEvents(filter);
  const toSeries = sections.series.length ? (
    <>
      {' '}
      See the <a href="#series-heading" className="underline">recurring programs</a>: their organizers announce each new date on their own pages.
    </>
  ) : (
    <>
      {' '}
      See the <Link href="/events/organizers" className="underline">organizers</Link> that run recurring programs.
    </>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
      <aside className="no-print" aria-label="Filters">
        <details open className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-semibold">Filters</summary>
          <div className="mt-3">
            <EventFilterForm filter={filter} facets={facets} />
          </div>
        </details>
      </aside>
      <div className="min-w-0 space-y-6">
        <header>
          <h1 className="text-2xl font-bold">Events and webinars</h1>
          <p className="mt-1 text-slate-700" aria-live="polite" data-testid="summary">
            {describeEventFilter(filter, total)}
          </p>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Sessions, recurring programs and recordings for international applicants and IMGs. Each one links to the
            organizer’s page it comes from, with that page’s date where it gives one. Most sessions listed here are
            past: they show that a program exists, and the organizer’s page is where the next date appears.
          </p>
          <p className="mt-2 flex flex-wrap gap-4 text-sm">
            <Link href="/events/organizers">Organizers of recurring programs</Link>
            <a href="/events.ics">Calendar of upcoming events (.ics)</a>
            <a href="/events/feed.xml">Newly listed (Atom feed)</a>
            <Link href="/events/suggest">Suggest an event</Link>
          </p>
          <IgnoredNotice ignored={ignored} />
          <ActiveFilterChips chips={eventChips(filter)} clearHref="/events" />
        </header>

        <EventSection id="upcoming" title="Upcoming" events={sections.upcoming}>
          No upcoming dated session is listed
          {filter.topic.length || filter.audience.length || filter.organizer.length ? ' for these filters' : ''} right now.
          {toSeries}
        </EventSection>
        <EventSection id="series" title="Recurring programs" events={sections.series}>
          No recurring program matches these filters. <Link href="/events" className="underline">Show all events</Link>.
        </EventSection>
        <EventSection id="recordings" title="Watch any time" events={sections.recordings}>
          No recording matches these filters.{toSeries}
        </EventSection>
        <EventSection id="past" title="Past sessions" events={sections.past} collapsed>
          No past session matches these filters.{toSeries}
        </EventSection>
      </div>
    </div>
  );
}
