// Gathers what an export file shows: exactly the rows the API reports for the same filters (all pages, same
// order, through the one query module) or the shortlist, plus the words and link that recreate the view.
import 'server-only';
import { searchSchools } from '../schools/queries';
import { listPublishedSchoolsBySlugs } from '../schools/by-slugs';
import { describeSchoolFilter } from '../schools/describe';
import { serializeSchoolFilter } from '../schools/filters';
import { listLenders, type LenderRow } from '../lenders/queries';
import { siteUrl } from '../site';
import type { ExportRequest } from './request';
import type { ExportSchool } from './school-columns';

export type SchoolsExport = {
  schools: ExportSchool[];
  notes: Record<string, string> | null;
  summary: string;
  viewUrl: string;
  siteOrigin: string;
  generatedAt: Date;
};

export async function loadSchoolsExport(request: ExportRequest, now = new Date()): Promise<SchoolsExport> {
  const origin = siteUrl();
  const { selection } = request;
  if (selection.kind === 'shortlist') {
    const schools = await listPublishedSchoolsBySlugs(selection.slugs);
    const query = schools.map((s) => s.slug).join(',');
    return {
      schools,
      notes: request.notes,
      summary: `Your shortlist: ${schools.length} ${schools.length === 1 ? 'school' : 'schools'}`,
      viewUrl: `${origin}/shortlist${query ? `?schools=${query}` : ''}`,
      siteOrigin: origin,
      generatedAt: now,
    };
  }
  const filter = { ...selection.filter, page: 1 };
  const { total, results } = await searchSchools(filter, { perPage: null });
  const query = serializeSchoolFilter(filter);
  return {
    schools: results,
    notes: request.notes,
    summary: describeSchoolFilter(filter, total),
    viewUrl: `${origin}/schools${query ? `?${query}` : ''}`,
    siteOrigin: origin,
    generatedAt: now,
  };
}

export async function loadExportLenders(): Promise<LenderRow[]> {
  return listLenders();
}
