// GET /compare/og?schools=a,b — PNG link preview of a comparison.
import { COMPARE_MAX, parseSchoolSlugs } from '@/lib/shortlist/slugs';
import { listSchoolsBySlugs } from '@/lib/schools/by-slugs';
import { namesLine } from '@/lib/og/texts';
import { renderOgCard } from '@/lib/og/card';
import { withHttpCaching } from '@/lib/http/conditional';

async function card(request: Request) {
  const { slugs } = parseSchoolSlugs(new URL(request.url).searchParams, COMPARE_MAX);
  const { schools } = await listSchoolsBySlugs(slugs);
  return renderOgCard({
    eyebrow: 'Side-by-side comparison',
    title: schools.length ? `Comparing ${schools.length} medical schools` : 'Compare medical schools',
    lines: namesLine(schools.map((s) => s.name)),
  });
}

export async function GET(request: Request) {
  return withHttpCaching(request, await card(request));
}
