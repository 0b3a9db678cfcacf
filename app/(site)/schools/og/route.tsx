// GET /schools/og?<filters> — PNG link preview of a filtered directory view.
import { parseSchoolFilter } from '@/lib/schools/filters';
import { searchSchools } from '@/lib/schools/queries';
import { filterPreviewLine } from '@/lib/og/texts';
import { renderOgCard } from '@/lib/og/card';
import { withHttpCaching } from '@/lib/http/conditional';

async function card(request: Request) {
  const { filter } = parseSchoolFilter(new URL(request.url).searchParams);
  const { total } = await searchSchools(filter, { perPage: 0 });
  return renderOgCard({ eyebrow: 'US medical schools for international applicants', title: filterPreviewLine(filter, total) });
}

export async function GET(request: Request) {
  return withHttpCaching(request, await card(request));
}
