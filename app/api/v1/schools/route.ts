// GET /api/v1/schools — filtered school list (same filters as /schools, plus page and per_page; strict: 400).
import type { NextRequest } from 'next/server';
import { API_CACHE_HEADERS, withApiErrors } from '@/lib/api/errors';
import { parseApiSchoolQuery } from '@/lib/api/school-params';
import { listSchoolsJson } from '@/lib/api/schools';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return withApiErrors(async () => {
    const { filter, perPage } = parseApiSchoolQuery(request.nextUrl.searchParams);
    return Response.json(await listSchoolsJson(filter, perPage), { headers: API_CACHE_HEADERS });
  });
}
