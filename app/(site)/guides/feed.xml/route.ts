// GET /guides/feed.xml — Atom feed of the published guides.
import { buildGuidesFeed } from '@/lib/content/guides-feed';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await buildGuidesFeed(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
