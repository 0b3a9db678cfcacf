// GET /events/[slug]/ics — one dated, published event as an iCalendar file (RFC 5545); 404 otherwise.
import { getEventBySlug } from '@/lib/events/queries';
import { eventIcs } from '@/lib/events/calendar';

export const dynamic = 'force-dynamic';

const notFound = (text: string) => new Response(`${text}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await getEventBySlug(slug);
  if (!event) return notFound('No such event.');
  const ics = eventIcs(event);
  if (!ics) return notFound('This listing has no date, so there is no calendar file for it.');
  return new Response(ics, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${slug}.ics"` },
  });
}
