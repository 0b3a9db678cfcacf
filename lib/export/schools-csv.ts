// The schools CSV: the shared export columns, then sources (one URL per line), the school's page on this
// site, and the visitor's notes when they sent some. Written whole (small exports, tests) or streamed batch
// by batch (the download route), with the same rows either way.
import { CSV_BOM, formatCsvRow, writeCsv, type CsvValue } from './csv';
import type { SchoolsExport, SchoolsExportStream } from './load';
import { NOTES_HEADER, PAGE_HEADER, SCHOOL_COLUMNS, SOURCES_HEADER, type ExportSchool } from './school-columns';

type CsvShape = Pick<SchoolsExport, 'notes' | 'siteOrigin'>;

function csvHeader(data: CsvShape): string[] {
  return [...SCHOOL_COLUMNS.map((c) => c.header), SOURCES_HEADER, PAGE_HEADER, ...(data.notes !== null ? [NOTES_HEADER] : [])];
}

function csvRow(data: CsvShape, school: ExportSchool): CsvValue[] {
  return [
    ...SCHOOL_COLUMNS.map((c) => c.value(school)),
    school.sources.map((s) => s.url).join('\n'),
    `${data.siteOrigin}/schools/${school.slug}`,
    ...(data.notes !== null ? [data.notes?.[school.slug] ?? ''] : []),
  ];
}

export function buildSchoolsCsv(data: SchoolsExport): string {
  return writeCsv(csvHeader(data), data.schools.map((school) => csvRow(data, school)));
}

/** The same file as a byte stream, one batch of rows at a time (pulled as the download proceeds). */
export function streamSchoolsCsv(data: SchoolsExportStream): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncIterator<ExportSchool[]> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + formatCsvRow(csvHeader(data)) + '\r\n'));
    },
    async pull(controller) {
      batches ??= data.batches()[Symbol.asyncIterator]();
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((school) => formatCsvRow(csvRow(data, school)) + '\r\n').join('')));
    },
  });
}
