// GET /events.ics — one calendar of the upcoming dated events (an empty, valid calendar when there are none).
import { listUpcomingEvents } from '@/lib/events/queries';
import { upcomingCalendar } from '@/lib/events/calendar';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withHttpCaching(
    request,
    new Response(upcomingCalendar(await listUpcomingEvents()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } }),
  );
}
