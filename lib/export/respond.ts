// The one path behind both export URLs (/schools/export.csv and /schools/export.xlsx), GET and POST: read
// the request, load the rows, answer with the file or a plain-text error from the shared error mapper.
import 'server-only';
import { mapApiError } from '../api/errors';
import { siteUrl } from '../site';
import { NO_STORE } from '../http/cache-policy';
import { streamedPublicHeaders } from '../http/conditional';
import { streamSchoolsCsv } from './schools-csv';
import { streamEvidenceCsv } from './evidence-csv';
import { streamSchoolsXlsx } from './schools-xlsx';
import { loadExportLenders, streamSchoolsExport } from './load';
import { assertSameOrigin, parseExportQuery, readExportPost, type ExportRequest } from './request';

export type ExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Plain-text error (a download link is followed by people, not programs): what was wrong and how to fix it. */
export function exportErrorResponse(error: unknown): Response {
  const { status, body } = mapApiError(error);
  if (status === 500) console.error('[export]', error);
  const lines = [body.error, ...(body.issues ?? []).map((i) => `- ${i.param}${i.value ? ` = "${i.value}"` : ''}: ${i.reason}`)];
  if (status === 400) lines.push('', 'Open /schools, choose your filters there, and use its download links.');
  return new Response(lines.join('\n') + '\n', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

async function buildResponse(request: ExportRequest, format: ExportFormat, cacheHeaders: Record<string, string>): Promise<Response> {
  const data = await streamSchoolsExport(request);
  const name = `img-pathways-${request.selection.kind === 'shortlist' ? 'shortlist' : 'schools'}.${format}`;
  const headers = {
    'Content-Type': CONTENT_TYPE[format],
    'Content-Disposition': `attachment; filename="${name}"`,
    'X-Content-Type-Options': 'nosniff',
    ...cacheHeaders,
  };
  if (format === 'csv') return new Response(streamSchoolsCsv(data), { headers });
  return new Response(streamSchoolsXlsx(data, await loadExportLenders()), { headers });
}

export async function exportFromGet(url: URL, format: ExportFormat): Promise<Response> {
  try {
    return await buildResponse(parseExportQuery(url.searchParams), format, streamedPublicHeaders(url.pathname));
  } catch (error) {
    return exportErrorResponse(error);
  }
}

/** GET /schools/evidence.csv: the evidence rows of the schools the same filters (or shortlist) select. */
export async function evidenceExportFromGet(url: URL): Promise<Response> {
  try {
    const request = parseExportQuery(url.searchParams);
    const data = await streamSchoolsExport(request);
    const name = `img-pathways-${request.selection.kind === 'shortlist' ? 'shortlist' : 'schools'}-evidence.csv`;
    return new Response(streamEvidenceCsv(data), {
      headers: {
        'Content-Type': CONTENT_TYPE.csv,
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
        ...streamedPublicHeaders(url.pathname),
      },
    });
  } catch (error) {
    return exportErrorResponse(error);
  }
}

/** POST carries private notes: same-origin only, never cached. */
export async function exportFromPost(request: Request, format: ExportFormat): Promise<Response> {
  try {
    assertSameOrigin(request.headers, new URL(siteUrl()).origin);
    return await buildResponse(await readExportPost(request), format, { 'Cache-Control': `private, ${NO_STORE}` });
  } catch (error) {
    return exportErrorResponse(error);
  }
}
