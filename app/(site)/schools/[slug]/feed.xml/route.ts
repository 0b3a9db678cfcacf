// GET /schools/[slug]/feed.xml — Atom feed of published changes to one school.
import { getSchoolBySlug } from '@/lib/schools/queries';
import { listSchoolChangeEntries, latestUpdate } from '@/lib/feeds/school-changes';
import { atomResponse, buildAtomFeed } from '@/lib/feeds/atom';
import { siteUrl } from '@/lib/site';
import { withHttpCaching } from '@/lib/http/conditional';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const school = await getSchoolBySlug((await params).slug);
  if (!school) return new Response('No published school has this address.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  const entries = await listSchoolChangeEntries([school]);
  const origin = siteUrl();
  return withHttpCaching(request, atomResponse(
    buildAtomFeed({
      id: `${origin}/schools/${school.slug}/feed.xml`,
      title: `IMG Pathways: changes to ${school.name}`,
      selfUrl: `${origin}/schools/${school.slug}/feed.xml`,
      authorName: 'IMG Pathways',
      alternateUrl: `${origin}/schools/${school.slug}`,
      updated: latestUpdate(entries),
      entries,
    }),
  ));
}
