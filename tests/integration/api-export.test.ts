// The JSON API and the CSV/XLSX exports against real SQLite and PostgreSQL: for the same filters they list the
// same schools in the same order; notes cannot smuggle a formula into a spreadsheet; bad input is a 400.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { importWithDatabase, PROVIDERS } from '../support/databases';
import { useTestDatabase } from '../support/use-test-database';
import { loadCsvSchools } from '../support/school-oracle';

type Modules = typeof import('../support/export-modules');

const SITE = 'http://localhost:3000';
const FILTERS = [
  '',
  'degree=md',
  'degree=do&sort=tuition',
  'state=ny,ma,pa&aid=need',
  'intl=yes,limited&sort=-tuition',
  'funds=none&coursework=preferred',
  'tuition_max=70000&sort=verified',
  'q=university&degree=md',
  'cosigner=yes',
];

async function xlsxBuffer(modules: Modules, data: Awaited<ReturnType<Modules['exportLoad']['loadSchoolsExport']>>, lenders: Parameters<Modules['writeSchoolsXlsx']>[1]) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  await modules.writeSchoolsXlsx(data, lenders, stream);
  await ended;
  return Buffer.concat(chunks);
}

async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Slugs in row order, read from the "Page on IMG Pathways" column (CSV: the URL; XLSX: the hyperlink). */
const slugOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

function xlsxColumn(sheet: ExcelJS.Worksheet, header: string): number {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

describe.each(PROVIDERS)('API and exports on %s', (provider) => {
  const { database, m } = useTestDatabase(provider, { m: () => import('../support/export-modules') }, { env: { SITE_URL: SITE } });

  async function apiSlugs(query: string) {
    const first = m.parseApiSchoolQuery(new URLSearchParams(`${query}&per_page=7`));
    const firstPage = await m.apiSchools.listSchoolsJson(first.filter, first.perPage);
    const slugs = firstPage.results.map((r) => r.slug);
    for (let page = 2; page <= Math.ceil(firstPage.total / 7); page++) {
      const next = m.parseApiSchoolQuery(new URLSearchParams(`${query}&per_page=7&page=${page}`));
      slugs.push(...(await m.apiSchools.listSchoolsJson(next.filter, next.perPage)).results.map((r) => r.slug));
    }
    return { total: firstPage.total, slugs };
  }

  it.each(FILTERS)('API, CSV and XLSX list the same schools in the same order for "%s"', async (query) => {
    const api = await apiSlugs(query);
    expect(api.slugs).toHaveLength(api.total);
    if (query === 'degree=md' || query === '') expect(api.total).toBeGreaterThan(10);

    const data = await m.exportLoad.loadSchoolsExport(m.parseExportQuery(new URLSearchParams(query)));
    const csv = parseCsv(m.buildSchoolsCsv(data));
    expect(csv.records).toHaveLength(api.total);
    expect(csv.records.map((r) => slugOf(r.values['Page on IMG Pathways']))).toEqual(api.slugs);

    const lenders = await m.exportLoad.loadExportLenders();
    const workbook = await readWorkbook(await xlsxBuffer(m, data, lenders));
    const sheet = workbook.getWorksheet('Schools')!;
    expect(sheet.rowCount - 1).toBe(api.total);
    const pageColumn = xlsxColumn(sheet, 'Page on IMG Pathways');
    const xlsxSlugs: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) xlsxSlugs.push(slugOf((row.getCell(pageColumn).value as ExcelJS.CellHyperlinkValue).hyperlink));
    });
    expect(xlsxSlugs).toEqual(api.slugs);
  });

  it('the workbook has a styled Schools sheet, every published lender and an About sheet', async () => {
    const data = await m.exportLoad.loadSchoolsExport(m.parseExportQuery(new URLSearchParams('state=ny&degree=md')));
    const lenders = await m.exportLoad.loadExportLenders();
    const workbook = await readWorkbook(await xlsxBuffer(m, data, lenders));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Schools', 'Evidence', 'Lenders', 'About']);

    const schools = workbook.getWorksheet('Schools')!;
    expect(schools.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(schools.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(schools.autoFilter).toBeTruthy();
    const tuition = schools.getRow(2).getCell(xlsxColumn(schools, 'Tuition (USD per year)'));
    const first = data.schools[0];
    expect(tuition.value).toBe(first.tuitionUsdPerYear);
    expect(tuition.numFmt).toBe('"$"#,##0');
    expect(schools.getRow(2).getCell(xlsxColumn(schools, 'Source 1')).value).toMatchObject({ hyperlink: first.sources[0].url });
    if (first.websiteUrl) expect(schools.getRow(2).getCell(xlsxColumn(schools, 'Website')).value).toMatchObject({ hyperlink: first.websiteUrl });

    const lenderSheet = workbook.getWorksheet('Lenders')!;
    expect(lenderSheet.rowCount - 1).toBe(await database.db.lender.count({ where: { status: 'published' } }));

    const about = new Map<string, unknown>();
    workbook.getWorksheet('About')!.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(about.get('What this file lists')).toBe(data.summary);
    expect(data.summary).toMatch(/^\d+ MD schools in NY$/);
    expect(about.get('See it online')).toMatchObject({ hyperlink: `${SITE}/schools?degree=md&state=ny` });
    const asOfs = data.schools.map((s) => s.asOf).sort();
    expect(about.get('Data as of')).toBe(asOfs[0] === asOfs.at(-1) ? asOfs[0] : `${asOfs[0]} – ${asOfs.at(-1)}`);
    expect(String(about.get('Reading the values'))).toMatch(/Not published by the school/);
  });

  it('a formula in a school summary arrives inert in the CSV and the XLSX', async () => {
    const formula = '=HYPERLINK("http://x","y")';
    const target = await database.db.school.findFirstOrThrow({ where: { status: 'published' }, orderBy: { slug: 'asc' } });
    await database.db.school.update({ where: { id: target.id }, data: { readerSummary: formula } });

    const data = await m.exportLoad.loadSchoolsExport(m.parseExportQuery(new URLSearchParams(`schools=${target.slug}`)));
    const csvText = m.buildSchoolsCsv(data);
    expect(parseCsv(csvText).records[0].values.Summary).toBe(`'${formula}`);
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);

    const buffer = await xlsxBuffer(m, data, []);
    const sheet = (await readWorkbook(buffer)).getWorksheet('Schools')!;
    const cell = sheet.getRow(2).getCell(xlsxColumn(sheet, 'Summary'));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${formula}`);
    expect(cell.formula).toBeUndefined();
  });

  it('a shortlist export keeps the given order, skips unknown and unpublished slugs, and carries notes', async () => {
    const [a, b, c] = await database.db.school.findMany({ where: { status: 'published' }, orderBy: { slug: 'desc' }, take: 3 });
    await database.db.school.update({ where: { id: b.id }, data: { status: 'draft' } });
    const request = m.parseExportPost({ schools: [c.slug, 'no-such-school', b.slug, a.slug], notes: { [a.slug]: '+ask about aid', [c.slug]: 'visit' } });
    const data = await m.exportLoad.loadSchoolsExport(request);
    const records = parseCsv(m.buildSchoolsCsv(data)).records;
    expect(records.map((r) => slugOf(r.values['Page on IMG Pathways']))).toEqual([c.slug, a.slug]);
    expect(records.map((r) => r.values['Your notes'])).toEqual(['visit', "'+ask about aid"]);
    expect(data.viewUrl).toBe(`${SITE}/shortlist?schools=${c.slug},${a.slug}`);

    const sheet = (await readWorkbook(await xlsxBuffer(m, data, []))).getWorksheet('Schools')!;
    expect(sheet.getRow(3).getCell(xlsxColumn(sheet, 'Your notes')).value).toBe("'+ask about aid");
    await database.db.school.update({ where: { id: b.id }, data: { status: 'published' } });
  });

  it('the export handlers answer 400 in plain text for invalid filters, and files otherwise', async () => {
    const bad = await m.exportRespond.exportFromGet(new URL(`${SITE}/schools/export.csv?degree=xx&funds=lots`), 'csv');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await bad.text();
    expect(text).toContain('degree = "xx"');
    expect(text).toContain('funds = "lots"');

    const ok = await m.exportRespond.exportFromGet(new URL(`${SITE}/schools/export.csv?degree=do`), 'csv');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe('attachment; filename="img-pathways-schools.csv"');
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Earlier tests in this database may have unpublished a school; count what is published now.
    const expectedDo = await database.db.school.count({ where: { status: 'published', degree: 'DO', acceptsInternational: { in: ['yes', 'limited'] } } });
    expect(expectedDo).toBeGreaterThan(0);
    expect(parseCsv(new TextDecoder().decode(bytes)).records).toHaveLength(expectedDo);

    const xlsx = await m.exportRespond.exportFromGet(new URL(`${SITE}/schools/export.xlsx?degree=do`), 'xlsx');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="img-pathways-schools.xlsx"');
    const workbook = await readWorkbook(Buffer.from(await xlsx.arrayBuffer()));
    expect(workbook.getWorksheet('Schools')!.rowCount - 1).toBe(expectedDo);

    const crossSite = await m.exportRespond.exportFromPost(
      new Request(`${SITE}/schools/export.csv`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"schools":[]}' }),
      'csv',
    );
    expect(crossSite.status).toBe(403);
    const badBody = await m.exportRespond.exportFromPost(
      new Request(`${SITE}/schools/export.csv`, { method: 'POST', headers: { origin: SITE, 'content-type': 'application/json' }, body: '{"schools":' }),
      'csv',
    );
    expect(badBody.status).toBe(400);
  });

  it('the API answers 400 for invalid values and 404 for an unknown slug', async () => {
    for (const query of ['degree=xx', 'per_page=0', 'per_page=101', 'tuition_max=abc', 'sort=price', 'aid=need,cash']) {
      let mapped;
      try {
        m.parseApiSchoolQuery(new URLSearchParams(query));
      } catch (error) {
        mapped = m.mapApiError(error);
      }
      expect(mapped?.status, query).toBe(400);
      expect(mapped?.body.issues?.length, query).toBeGreaterThan(0);
    }
    const missing = await m.apiSchools.getSchoolJson('no-such-school').catch((error: unknown) => m.mapApiError(error));
    expect(missing).toMatchObject({ status: 404 });
    const csvRow = loadCsvSchools()[0];
    const found = await m.apiSchools.getSchoolJson(csvRow.slug);
    expect(found).toMatchObject({ slug: csvRow.slug, name: csvRow.name, asOf: csvRow.as_of });
    expect(found.sources.map((s) => s.url).sort()).toEqual(csvRow.source_urls.split(' ').sort());
  });

  it('lists published lenders with sources and the two /lenders filters', async () => {
    const all = await m.apiLenders.listLendersJson(new URLSearchParams());
    expect(all.total).toBe(await database.db.lender.count({ where: { status: 'published' } }));
    expect(all.results.every((l) => l.sources.length > 0)).toBe(true);
    const noCosigner = await m.apiLenders.listLendersJson(new URLSearchParams('cosigner=no'));
    expect(noCosigner.results.every((l) => l.requiresUsCosigner === 'no')).toBe(true);
    expect(noCosigner.total).toBe(await database.db.lender.count({ where: { status: 'published', requiresUsCosigner: 'no' } }));
    await expect(m.apiLenders.listLendersJson(new URLSearchParams('cosigner=maybe'))).rejects.toMatchObject({ name: 'BadRequestError' });
  });
});

describe('API when the database is gone', () => {
  it('maps the failure to 503', async () => {
    const m = await importWithDatabase<Modules>('file:./data/test/does-not-exist.db', '@/tests/support/export-modules');
    const mapped = await m.apiSchools.listSchoolsJson(m.parseApiSchoolQuery(new URLSearchParams()).filter, 20).catch((error: unknown) => m.mapApiError(error));
    expect(mapped).toMatchObject({ status: 503 });
  });
});
