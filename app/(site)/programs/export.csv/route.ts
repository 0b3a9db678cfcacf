// GET /programs/export.csv?<filters> — every program of the view as CSV (UTF-8 with BOM).
import { exportProgramsResponse } from '@/lib/programs/export-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return exportProgramsResponse(request, 'csv');
}
