// The HTTP side of /programs/export.{csv,xlsx}: the same lenient filter parsing as the page (an invalid value is
// dropped), every matching program (paging does not apply), and a dated attachment.
import 'server-only';
import { siteUrl } from '../site';
import { streamedPublicHeaders } from '../http/conditional';
import { parseProgramFilter, serializeProgramFilter } from './filters';
import { searchPrograms } from './queries';
import { describeProgramFilter } from './describe';
import { programsToCsv, programsToXlsx, type ExportAbout } from './export';

export async function exportProgramsResponse(request: Request, format: 'csv' | 'xlsx'): Promise<Response> {
  const { filter: parsed } = parseProgramFilter(new URL(request.url).searchParams);
  const filter = { ...parsed, page: 1 };
  const { total, results } = await searchPrograms(filter, { perPage: null });
  const query = serializeProgramFilter(filter);
  const generatedAt = new Date();
  const about: ExportAbout = {
    summary: describeProgramFilter(filter, total),
    viewUrl: `${siteUrl()}/programs${query ? `?${query}` : ''}`,
    siteUrl: siteUrl(),
    generatedAt,
  };
  const filename = `img-pathways-programs-${generatedAt.toISOString().slice(0, 10)}.${format}`;
  const headers = {
    'Content-Disposition': `attachment; filename="${filename}"`,
    'X-Content-Type-Options': 'nosniff',
    ...streamedPublicHeaders(new URL(request.url).pathname),
  };
  if (format === 'csv') {
    return new Response(programsToCsv(results, about), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = await programsToXlsx(results, about);
  return new Response(body as BodyInit, {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
