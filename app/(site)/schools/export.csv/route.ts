// GET /schools/export.csv?<filters> — every school the same filters give (or ?schools=a,b for a shortlist), as a
// download; POST {schools, notes} (same origin) adds the visitor's private notes. Bad filter values → 400 text.
import type { NextRequest } from 'next/server';
import { exportFromGet, exportFromPost } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return exportFromGet(request.nextUrl, 'csv');
}

export function POST(request: NextRequest) {
  return exportFromPost(request, 'csv');
}
