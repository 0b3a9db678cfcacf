// GET /api/v1/programs/[slug] — one published program (404 JSON when there is none).
import { withApiErrors } from '@/lib/api/errors';
import { withHttpCaching } from '@/lib/http/conditional';
import { getProgramJson } from '@/lib/api/programs';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const response = await withApiErrors(async () => Response.json(await getProgramJson((await params).slug)));
  return withHttpCaching(request, response);
}
