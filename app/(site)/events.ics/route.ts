// GET /events.ics — one calendar of the upcoming dated events (an empty, valid calendar when there are none).
import { listUpcomingEvents } from '@/lib/events/queries';
import { upcomingCalendar } from '@/lib/events/calendar';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(upcomingCalendar(await listUpcomingEvents()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
