// GET /events/feed.xml — Atom feed of newly listed events, programs and recordings.
import { buildEventsFeed } from '@/lib/events/feed';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await buildEventsFeed(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
