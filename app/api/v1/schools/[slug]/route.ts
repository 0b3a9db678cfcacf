// GET /api/v1/schools/[slug] — one published school (404 JSON when there is none).
import { withApiErrors } from '@/lib/api/errors';
import { withHttpCaching } from '@/lib/http/conditional';
import { getSchoolJson } from '@/lib/api/schools';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const response = await withApiErrors(async () => {
    const { slug } = await params;
    return Response.json(await getSchoolJson(slug));
  });
  return withHttpCaching(request, response);
}
