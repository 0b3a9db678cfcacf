// GET /api/v1/programs — filtered program list; the /programs filters plus page and per_page (1–100).
// Strict: any value the page would ignore answers 400 with the list of issues.
import type { NextRequest } from 'next/server';
import { withApiErrors } from '@/lib/api/errors';
import { withHttpCaching } from '@/lib/http/conditional';
import { listProgramsJson } from '@/lib/api/programs';
import { parseApiProgramQuery } from '@/lib/api/program-params';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const response = await withApiErrors(async () => {
    const { filter, perPage } = parseApiProgramQuery(request.nextUrl.searchParams);
    return Response.json(await listProgramsJson(filter, perPage));
  });
  return withHttpCaching(request, response);
}
