// GET /api/v1/lenders — published private lenders with sources (optional cosigner=no, medical=yes).
import type { NextRequest } from 'next/server';
import { withApiErrors } from '@/lib/api/errors';
import { withHttpCaching } from '@/lib/http/conditional';
import { listLendersJson } from '@/lib/api/lenders';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  return withHttpCaching(request, await withApiErrors(async () => Response.json(await listLendersJson(request.nextUrl.searchParams))));
}
