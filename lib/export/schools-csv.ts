// The schools CSV: the shared export columns, then sources (one URL per line), the school's page on this
// site, and the visitor's notes when they sent some.
import { writeCsv, type CsvValue } from './csv';
import type { SchoolsExport } from './load';
import { NOTES_HEADER, PAGE_HEADER, SCHOOL_COLUMNS, SOURCES_HEADER } from './school-columns';

export function buildSchoolsCsv(data: SchoolsExport): string {
  const withNotes = data.notes !== null;
  const header = [...SCHOOL_COLUMNS.map((c) => c.header), SOURCES_HEADER, PAGE_HEADER, ...(withNotes ? [NOTES_HEADER] : [])];
  const rows: CsvValue[][] = data.schools.map((school) => [
    ...SCHOOL_COLUMNS.map((c) => c.value(school)),
    school.sources.map((s) => s.url).join('\n'),
    `${data.siteOrigin}/schools/${school.slug}`,
    ...(withNotes ? [data.notes?.[school.slug] ?? ''] : []),
  ]);
  return writeCsv(header, rows);
}
