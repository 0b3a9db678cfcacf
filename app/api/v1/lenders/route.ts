// GET /api/v1/lenders — published private lenders with sources (optional cosigner=no, medical=yes).
import type { NextRequest } from 'next/server';
import { API_CACHE_HEADERS, withApiErrors } from '@/lib/api/errors';
import { listLendersJson } from '@/lib/api/lenders';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return withApiErrors(async () => Response.json(await listLendersJson(request.nextUrl.searchParams), { headers: API_CACHE_HEADERS }));
}
