// GET /api/v1/schools — filtered school list (same filters as /schools, plus page, per_page and include=evidence;
// strict: 400).
import type { NextRequest } from 'next/server';
import { API_CACHE_HEADERS, withApiErrors } from '@/lib/api/errors';
import { parseApiSchoolQuery } from '@/lib/api/school-params';
import { listSchoolsJson } from '@/lib/api/schools';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const { filter, perPage, includeEvidence } = parseApiSchoolQuery(request.nextUrl.searchParams);
    return Response.json(await listSchoolsJson(filter, perPage, includeEvidence), { headers: API_CACHE_HEADERS });
  });
}
