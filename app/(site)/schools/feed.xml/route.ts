// GET /schools/feed.xml?<filters> — Atom feed of published changes to the schools matching the filters.
import { parseSchoolFilter, schoolsHref, serializeSchoolFilter } from '@/lib/schools/filters';
import { searchSchools } from '@/lib/schools/queries';
import { describeSchoolFilter } from '@/lib/schools/describe';
import { listSchoolChangeEntries, latestUpdate } from '@/lib/feeds/school-changes';
import { atomResponse, buildAtomFeed } from '@/lib/feeds/atom';
import { siteUrl } from '@/lib/site';
import { withHttpCaching } from '@/lib/http/conditional';

export async function GET(request: Request) {
  const { filter } = parseSchoolFilter(new URL(request.url).searchParams);
  const feedFilter = { ...filter, page: 1, sort: 'name' as const };
  const { total, results } = await searchSchools(feedFilter, { perPage: null });
  const entries = await listSchoolChangeEntries(results);
  const origin = siteUrl();
  const query = serializeSchoolFilter(feedFilter);
  return withHttpCaching(request, atomResponse(
    buildAtomFeed({
      id: `${origin}/schools/feed.xml${query ? `?${query}` : ''}`,
      title: `IMG Pathways: changes to ${describeSchoolFilter(feedFilter, total)}`,
      subtitle: 'Published changes to school policies for international applicants, with sources on each school page.',
      selfUrl: `${origin}/schools/feed.xml${query ? `?${query}` : ''}`,
      authorName: 'IMG Pathways',
      alternateUrl: `${origin}${schoolsHref(feedFilter)}`,
      updated: latestUpdate(entries),
      entries,
    }),
  ));
}
