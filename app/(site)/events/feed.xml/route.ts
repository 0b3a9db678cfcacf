// GET /events/feed.xml — Atom feed of newly listed events, programs and recordings.
import { buildEventsFeed } from '@/lib/events/feed';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withHttpCaching(request, new Response(await buildEventsFeed(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } }));
}
