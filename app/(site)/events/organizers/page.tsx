// /events/organizers — the organizers that run recurring programs for IMGs, each with the page where it
// announces them (taken from events.csv) and what we list from it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { organizerDirectory } from '@/lib/events/organizers';
import { listPublishedEvents } from '@/lib/events/queries';
import { eventsHref, EMPTY_EVENT_FILTER } from '@/lib/events/filters';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Organizers of recurring programs for IMGs',
  description: 'Associations and universities that run recurring webinars, orientations and programs for international medical graduates, with their events pages.',
  alternates: { canonical: '/events/organizers' },
};

const COUNTRY = { US: 'United States', CA: 'Canada' } as const;

export default async function OrganizersPage() {
  const events = await listPublishedEvents();
  const directory = organizerDirectory();
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/events" className="underline">Events</Link> <span aria-hidden="true">›</span> Organizers
      </nav>
      <header>
        <h1 className="text-2xl font-bold">Organizers of recurring programs</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          These organizations run programs for international medical graduates again and again: lecture series,
          orientations, yearly meetings, assessment intakes. Their own pages are where each new date is announced,
          so they are worth bookmarking.
        </p>
      </header>
      {(['US', 'CA'] as const).map((country) => (
        <section key={country} aria-labelledby={`org-${country}`}>
          <h2 id={`org-${country}`} className="text-xl font-semibold">
            {COUNTRY[country]}
          </h2>
          <ul className="mt-3 space-y-3" data-testid={`organizers-${country.toLowerCase()}`}>
            {directory
              .filter((o) => o.country === country)
              .map((o) => {
                const own = events.filter((e) => e.organizerKey === o.key);
                return (
                  <li key={o.key} id={o.key} className="listing-card scroll-mt-4" data-testid="organizer">
                    <h3 className="text-base font-semibold">{o.name}</h3>
                    <p className="mt-1 text-sm text-slate-700">{o.runs}</p>
                    <p className="mt-2 text-sm">
                      Events page:{' '}
                      <a href={o.eventsPage} rel="noopener noreferrer nofollow" className="break-all">
                        {o.eventsPage}
                      </a>
                    </p>
                    {own.length ? (
                      <p className="mt-1 text-sm">
                        <Link href={eventsHref({ ...EMPTY_EVENT_FILTER, organizer: [o.key] })} className="underline">
                          {own.length} listing{own.length === 1 ? '' : 's'} from this organizer
                        </Link>
                        : {own.map((e) => e.title).join('; ')}
                      </p>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
