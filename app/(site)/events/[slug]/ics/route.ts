// GET /events/[slug]/ics — one published event as an iCalendar file (RFC 5545).
import { eventIcs, getEventBySlug } from '@/lib/content/events';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = /^[a-z0-9-]{1,120}$/.test(slug) ? await getEventBySlug(slug) : null;
  if (!event) {
    return new Response('No such event.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return withHttpCaching(
    request,
    new Response(eventIcs(event), {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}.ics"`,
      },
    }),
  );
}
