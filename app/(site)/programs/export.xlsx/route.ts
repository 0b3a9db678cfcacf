// GET /programs/export.xlsx?<filters> — every program of the view as an Excel workbook with an About sheet.
import { exportProgramsResponse } from '@/lib/programs/export-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return exportProgramsResponse(request, 'xlsx');
}
