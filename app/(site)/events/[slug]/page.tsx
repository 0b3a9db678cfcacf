// /events/[slug] — one event, program or recording: every field, its source with the source's date, the
// organizer's page, related guides and programs, a calendar file and schema.org Event data when it is dated.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEventBySlug } from '@/lib/events/queries';
import { relatedGuidesForEvent, relatedProgramViews } from '@/lib/events/related';
import { eventJsonLd } from '@/lib/events/json-ld';
import { organizerByKey } from '@/lib/events/organizers';
import { isUpcoming } from '@/lib/events/when';
import { AUDIENCE_LABEL, EVENT_AUDIENCES, EVENT_TOPICS, KIND_LABEL, TOPIC_LABEL, readList, type EventKind } from '@/lib/events/vocabulary';
import { eventsHref, EMPTY_EVENT_FILTER } from '@/lib/events/filters';
import { siteUrl } from '@/lib/site';
import { EventStart } from '@/components/events/EventStart';
import { costText } from '@/components/events/EventCard';
import { JsonLd } from '@/components/JsonLd';
import { Badge } from '@/components/Badge';

// Upcoming or past is decided at request time.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEventBySlug((await params).slug);
  if (!event) return { title: 'Event not found' };
  const description = `${KIND_LABEL[event.kind as EventKind] ?? event.kind} by ${event.organizer}. ${event.audience}`.slice(0, 300);
  return { title: event.title, description, alternates: { canonical: `/events/${event.slug}` } };
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-800">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export default async function EventPage({ params }: Props) {
  const event = await getEventBySlug((await params).slug);
  if (!event) notFound();
  const [guides, programViews] = await Promise.all([relatedGuidesForEvent(event.topics), relatedProgramViews(event.topics)]);
  const organizer = organizerByKey(event.organizerKey);
  const topics = readList(event.topics, EVENT_TOPICS);
  const audiences = readList(event.audiences, EVENT_AUDIENCES);
  const dated = !!event.startsLocal;
  const upcoming = event.kind === 'event' && isUpcoming(event, new Date());
  const jsonLd = event.kind !== 'recording' ? eventJsonLd(event, `${siteUrl()}/events/${event.slug}`) : null;
  const kindLabel = KIND_LABEL[event.kind as EventKind] ?? event.kind;

  return (
    <article className="space-y-6">
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/events" className="underline">Events</Link> <span aria-hidden="true">›</span> {kindLabel}
      </nav>
      <header>
        <h1 className="text-2xl font-bold">{event.title}</h1>
        <p className="mt-1 text-slate-700">{event.organizer}</p>
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Kind and topics">
          <li>
            <Badge tone="blue">{kindLabel}</Badge>
          </li>
          {event.kind === 'event' && dated ? (
            <li>
              <Badge tone={upcoming ? 'green' : 'slate'}>{upcoming ? 'Upcoming' : 'Past session'}</Badge>
            </li>
          ) : null}
          {topics.map((t) => (
            <li key={t}>
              <Link href={eventsHref({ ...EMPTY_EVENT_FILTER, topic: [t] })} className="badge badge-slate">
                {TOPIC_LABEL[t]}
              </Link>
            </li>
          ))}
        </ul>
      </header>

      <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="details-heading" className="text-lg font-semibold">
          Details
        </h2>
        <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]" data-testid="event-details">
          <Row term="Kind">{kindLabel}</Row>
          <Row term="Organizer">{event.organizer}</Row>
          {event.kind === 'series' && !dated ? (
            <Row term="Next date">Announced on the organizer’s page; the source page gives no date</Row>
          ) : (
            <Row term={event.kind === 'series' ? 'Stated date' : 'When'}>
              {dated ? <EventStart event={event} /> : event.kind === 'recording' ? 'Any time (recorded)' : 'The source page gives no date'}
            </Row>
          )}
          {event.startsLocal && !event.timeZone && event.startsLocal.includes('T') ? (
            <Row term="Time zone">Not stated on the source page; check with the organizer.</Row>
          ) : null}
          {event.recurrence || event.kind === 'series' ? <Row term="How often">{event.recurrence ?? 'Not stated on the source page'}</Row> : null}
          <Row term="For">{event.audience || 'Not stated'}</Row>
          {audiences.length ? <Row term="Audience groups">{audiences.map((a) => AUDIENCE_LABEL[a]).join(', ')}</Row> : null}
          <Row term="Cost">{costText(event)}</Row>
          {event.description ? <Row term="About">{event.description}</Row> : null}
          <Row term={event.kind === 'recording' ? 'Watch' : 'Registration or details'}>
            {event.registrationUrl ? (
              <a href={event.registrationUrl} rel="noopener noreferrer nofollow" className="break-all">
                {event.registrationUrl}
              </a>
            ) : (
              'No link given; see the source page'
            )}
          </Row>
          <Row term="Source">
            <a href={event.sourceUrl} rel="noopener noreferrer nofollow" className="break-all" data-testid="event-source">
              {event.sourceUrl}
            </a>{' '}
            <span className="text-slate-600">({event.sourceDate ? `page dated ${event.sourceDate}` : 'the page gives no date'})</span>
          </Row>
          {organizer?.eventsPage ? (
            <Row term="Organizer’s events page">
              <a href={organizer.eventsPage} rel="noopener noreferrer nofollow" className="break-all">
                {organizer.eventsPage}
              </a>{' '}
              · <Link href={`/events/organizers#${organizer.key}`} className="underline">in our organizers directory</Link>
            </Row>
          ) : null}
        </dl>
        {dated ? (
          <p className="mt-4 text-sm">
            <a href={`/events/${event.slug}/ics`} download={`${event.slug}.ics`}>
              Add to calendar (.ics)
            </a>
          </p>
        ) : null}
      </section>

      {guides.length || programViews.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-lg font-semibold">
            Related guides and programs
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="event-related">
            {guides.map((g) => (
              <li key={g.slug}>
                <Link href={`/guides/${g.slug}`}>{g.title}</Link>
              </li>
            ))}
            {programViews.map((v) => (
              <li key={v.href}>
                <Link href={v.href}>{v.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {organizer ? (
        <p className="text-sm">
          <Link href={eventsHref({ ...EMPTY_EVENT_FILTER, organizer: [organizer.key] })}>Everything we list from {organizer.name}</Link>
        </p>
      ) : null}
    </article>
  );
}
