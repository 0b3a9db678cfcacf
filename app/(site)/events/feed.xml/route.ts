// GET /events/feed.xml — Atom feed of newly listed events, programs and recordings.
import { buildEventsFeed } from '@/lib/events/feed';
import { atomResponse } from '@/lib/feeds/atom';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withHttpCaching(request, atomResponse(await buildEventsFeed()));
}
