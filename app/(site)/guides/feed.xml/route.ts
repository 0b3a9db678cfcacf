// GET /guides/feed.xml — Atom feed of the published guides.
import { buildGuidesFeed } from '@/lib/articles/feed';
import { atomResponse } from '@/lib/feeds/atom';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return withHttpCaching(request, atomResponse(await buildGuidesFeed()));
}
