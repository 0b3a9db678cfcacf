// GET /shortlist/og?schools=a,b — PNG link preview of a shared shortlist.
import { parseSchoolSlugs } from '@/lib/shortlist/slugs';
import { listSchoolsBySlugs } from '@/lib/schools/by-slugs';
import { namesLine } from '@/lib/og/texts';
import { renderOgCard } from '@/lib/og/card';
import { withHttpCaching } from '@/lib/http/conditional';

async function card(request: Request) {
  const { slugs } = parseSchoolSlugs(new URL(request.url).searchParams);
  const { schools } = await listSchoolsBySlugs(slugs);
  return renderOgCard({
    eyebrow: 'A shared shortlist',
    title: `${schools.length} ${schools.length === 1 ? 'school' : 'schools'} on this shortlist`,
    lines: namesLine(schools.map((s) => s.name)),
  });
}

export async function GET(request: Request) {
  return withHttpCaching(request, await card(request));
}
