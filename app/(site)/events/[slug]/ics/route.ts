// GET /events/[slug]/ics — one dated, published event as an iCalendar file (RFC 5545); 404 otherwise.
import { getEventBySlug } from '@/lib/events/queries';
import { eventIcs } from '@/lib/events/calendar';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

const notFound = (text: string) =>
  new Response(`${text}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = /^[a-z0-9-]{1,120}$/.test(slug) ? await getEventBySlug(slug) : null;
  if (!event) return notFound('No such event.');
  const ics = eventIcs(event);
  if (!ics) return notFound('This listing has no date, so there is no calendar file for it.');
  return withHttpCaching(
    request,
    new Response(ics, {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${slug}.ics"` },
    }),
  );
}
