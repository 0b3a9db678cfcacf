// GET /schools/evidence.csv?<filters> — the pages behind each field of every school the same filters give (or
// ?schools=a,b for a shortlist): school, field, value shown, value the page states, URL, date, kind, agrees.
// Same filter module and export guard as /schools/export.csv; bad filter values → 400 text.
import type { NextRequest } from 'next/server';
import { evidenceExportFromGet } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return evidenceExportFromGet(request.nextUrl);
}
