// GET /guides/feed.xml — Atom feed of the published guides.
import { buildGuidesFeed } from '@/lib/content/guides-feed';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withHttpCaching(request, new Response(await buildGuidesFeed(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } }));
}
