// GET /api/v1/programs — filtered program list; the /programs filters plus page and per_page (1–100).
// Strict: any value the page would ignore answers 400 with the list of issues.
import { parseProgramApiRequest, toApiProgram } from '@/lib/programs/api';
import { searchPrograms } from '@/lib/programs/queries';
import { withHttpCaching } from '@/lib/http/conditional';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseProgramApiRequest(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return Response.json({ error: 'Invalid query parameters', issues: parsed.issues }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const { filter, perPage } = parsed;
  const search = await searchPrograms(filter, { perPage });
  return withHttpCaching(request, Response.json({
    total: search.total,
    page: search.page,
    perPage,
    filters: { q: filter.q, country: filter.country, region: filter.region, kind: filter.kind, format: filter.format },
    results: search.results.map(toApiProgram),
  }));
}
