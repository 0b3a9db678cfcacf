import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { programsToCsv, programsToXlsx, type ExportProgram } from '@/lib/programs/export';
import { parseCsv } from '@/lib/csv/parse';

const program: ExportProgram = {
  slug: 'p-1',
  name: 'Bridging, "Ontario" edition',
  provider: '=HYPERLINK("http://evil")',
  country: 'CA',
  region: 'ON',
  kind: 'bridging',
  format: 'in_person',
  costNote: null,
  durationNote: '12 weeks\nplus practicum',
  eligibilityNote: '-IMGs in Ontario',
  websiteUrl: 'https://example.org/p',
  notesShort: '@note',
  asOf: '2026',
  lastVerifiedAt: null,
  sources: [{ url: 'https://a.example/1' }, { url: 'https://b.example/2' }],
};
const about = { summary: '1 bridging program', viewUrl: 'http://site.test/programs?kind=bridging', siteUrl: 'http://site.test', generatedAt: new Date('2026-01-02T00:00:00Z') };

describe('program exports', () => {
  it('writes RFC 4180 CSV with a BOM that reads back to the same values', () => {
    const csv = programsToCsv([program], about);
    expect(csv.startsWith('\uFEFFslug,name,provider,')).toBe(true);
    const { records } = parseCsv(csv.slice(1));
    expect(records).toHaveLength(1);
    const row = records[0].values;
    expect(row.name).toBe('Bridging, "Ontario" edition');
    expect(row.provider).toBe(`'=HYPERLINK("http://evil")`);
    expect(row.eligibility_note).toBe("'-IMGs in Ontario");
    expect(row.notes_short).toBe("'@note");
    expect(row.duration_note).toBe('12 weeks\nplus practicum');
    expect(row.cost_note).toBe('');
    expect(row.source_urls).toBe('https://a.example/1 https://b.example/2');
    expect(row.page_url).toBe('http://site.test/programs/p-1');
  });

  it('writes a workbook with a frozen bold header, autofilter, links and an About sheet', async () => {
    const bytes = await programsToXlsx([program], about);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const sheet = book.getWorksheet('Programs')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('slug');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    // One formula-guard policy for every export (decision 095): the workbook carries the CSV's leading '.
    expect(sheet.getRow(2).getCell(3).value).toBe(`'=HYPERLINK("http://evil")`);
    expect(sheet.getRow(2).getCell(10).value).toBe("'-IMGs in Ontario");
    expect(sheet.getRow(2).getCell(11).value).toMatchObject({ hyperlink: 'https://example.org/p' });
    const info = book.getWorksheet('About')!;
    expect(info.getRow(1).getCell(2).value).toBe('1 bridging program');
    expect(info.getRow(2).getCell(2).value).toMatchObject({ hyperlink: about.viewUrl });
    expect(info.getRow(3).getCell(2).value).toBe('2026-01-02');
  });
});
