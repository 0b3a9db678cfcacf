// GET /api/v1/schools — filtered school list (same filters as /schools, plus page, per_page and include=evidence;
// strict: 400).
import type { NextRequest } from 'next/server';
import { withApiErrors } from '@/lib/api/errors';
import { withHttpCaching } from '@/lib/http/conditional';
import { parseApiSchoolQuery } from '@/lib/api/school-params';
import { listSchoolsJson } from '@/lib/api/schools';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const response = await withApiErrors(async () => {
    const { filter, perPage, includeEvidence } = parseApiSchoolQuery(request.nextUrl.searchParams);
    return Response.json(await listSchoolsJson(filter, perPage, includeEvidence));
  });
  return withHttpCaching(request, response);
}
