// GET /api/v1/schools/[slug] — one published school (404 JSON when there is none).
import { API_CACHE_HEADERS, withApiErrors } from '@/lib/api/errors';
import { getSchoolJson } from '@/lib/api/schools';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiErrors(async () => {
    const { slug } = await params;
    return Response.json(await getSchoolJson(slug), { headers: API_CACHE_HEADERS });
  });
}
