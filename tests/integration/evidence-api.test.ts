// Per-field evidence through the API and the exports, on SQLite and PostgreSQL: every row of evidence.csv comes
// back under its school and field (single school always, list with include=evidence), the evidence CSV and the
// workbook's Evidence sheet carry the same rows for the same filters, and no reader-facing text is a research
// note. Bad include values are a 400.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { findResearchJargon } from '../support/research-jargon';


const evidenceCsv = parseCsv(readFileSync('prisma/seed-data/evidence.csv', 'utf8')).records.map((r) => r.values);
const schoolsCsv = parseCsv(readFileSync('prisma/seed-data/schools.csv', 'utf8')).records.map((r) => r.values);
const key = (e: { field: string; value: string; sourceUrl: string; sourceDate: string; sourceKind: string }) =>
  [e.field, e.value, e.sourceUrl, e.sourceDate, e.sourceKind].join(' | ');
// The seed stores "undated" as an empty date (lib/validation/evidence.ts).
const csvKey = (e: Record<string, string>) =>
  key({ field: e.field, value: e.value, sourceUrl: e.source_url, sourceDate: e.source_date === 'undated' ? '' : e.source_date, sourceKind: e.source_kind });

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe.each(PROVIDERS)('evidence in the API and exports on %s', (provider) => {
  const { m } = useTestDatabase(provider, { m: () => import('../support/export-modules') }, { env: { SITE_URL: 'http://localhost:3000' } });

  it('returns every evidence.csv row under its school and field on /api/v1/schools/[slug]', async () => {
    const bySlug = new Map<string, string[]>();
    for (const row of evidenceCsv) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), csvKey(row)]);
    let seen = 0;
    for (const school of schoolsCsv) {
      const json = await m.apiSchools.getSchoolJson(school.slug);
      expect(json.evidence, school.slug).toBeDefined();
      expect(json.evidence!.map(key).sort(), school.slug).toEqual((bySlug.get(school.slug) ?? []).sort());
      expect(json.readerSummary, school.slug).not.toBe('');
      expect(json.notesShort).toBe(json.readerSummary);
      expect(findResearchJargon(json.readerSummary), school.slug).toEqual([]);
      seen += json.evidence!.length;
    }
    expect(seen).toBe(evidenceCsv.length);
  });

  it('adds evidence to the list only with include=evidence, for both the accepting and the say-no lists', async () => {
    const plain = await m.apiSchools.listSchoolsJson(m.parseApiSchoolQuery(new URLSearchParams('per_page=100')).filter, 100);
    expect(plain.results.every((s) => s.evidence === undefined)).toBe(true);
    let seen = 0;
    for (const intl of ['', 'intl=no']) {
      for (let page = 1; ; page++) {
        const query = m.parseApiSchoolQuery(new URLSearchParams(`per_page=100&include=evidence&page=${page}&${intl}`));
        expect(query.includeEvidence).toBe(true);
        const list = await m.apiSchools.listSchoolsJson(query.filter, query.perPage, query.includeEvidence);
        for (const school of list.results) {
          const expected = evidenceCsv.filter((e) => e.slug === school.slug).map(csvKey).sort();
          expect(school.evidence!.map(key).sort(), school.slug).toEqual(expected);
          seen += school.evidence!.length;
        }
        if (page * 100 >= list.total) break;
      }
    }
    expect(seen).toBe(evidenceCsv.length);
    const bad = m.mapApiError(catching(() => m.parseApiSchoolQuery(new URLSearchParams('include=sources'))));
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([{ param: 'include', value: 'sources', reason: 'must be one of evidence' }]);
  });

  it('the evidence CSV and the Evidence sheet carry the same rows for the same filters', async () => {
    const request = m.parseExportQuery(new URLSearchParams('intl=no&degree=md'));
    const csv = parseCsv(await streamText(m.streamEvidenceCsv(await m.exportLoad.streamSchoolsExport(request))));
    expect(csv.header).toEqual(['School', 'Field', 'Value shown', 'Value this page states', 'Source URL', 'Source date', 'Source kind', 'Agrees']);
    const slugs = new Set(schoolsCsv.filter((s) => s.accepts_international === 'no' && s.degree === 'MD').map((s) => s.slug));
    const expected = evidenceCsv.filter((e) => slugs.has(e.slug));
    expect(csv.records).toHaveLength(expected.length);
    // "Agrees" says whether the page states the value shown: count against the CSV oracle.
    const valueOf = new Map(schoolsCsv.map((s) => [s.slug, s]));
    const agreeing = expected.filter((e) => valueOf.get(e.slug)![e.field] === e.value).length;
    expect(csv.records.filter((r) => r.values.Agrees === 'yes')).toHaveLength(agreeing);
    expect(csv.records.map((r) => r.values['Source URL']).sort()).toEqual(expected.map((e) => e.source_url).sort());

    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    await m.writeSchoolsXlsx(await m.exportLoad.streamSchoolsExport(request), [], stream);
    await ended;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Schools', 'Evidence', 'Lenders', 'About']);
    const sheet = book.getWorksheet('Evidence')!;
    expect(sheet.rowCount - 1).toBe(expected.length);
    const text = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'text' in v ? String(v.text) : String(v ?? ''));
    const sheetRows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as ExcelJS.CellValue[]).slice(1).map(text));
    expect(sheetRows).toEqual(csv.records.map((r) => csv.header.map((h) => r.values[h])));
    // The URL cell is a real link.
    expect(sheet.getRow(2).getCell(5).hyperlink).toBe(sheetRows[0][4]);
  });
});

function catching(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
