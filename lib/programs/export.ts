// CSV and Excel files of a /programs view. Self-contained for now (the school exports live in lib/export/ on
// another branch; the two will be unified). Pure: rows in, file bytes out.
import ExcelJS from 'exceljs';

export type ExportProgram = {
  slug: string;
  name: string;
  provider: string;
  country: string;
  region: string | null;
  kind: string;
  format: string;
  costNote: string | null;
  durationNote: string | null;
  eligibilityNote: string;
  websiteUrl: string;
  notesShort: string;
  asOf: string;
  lastVerifiedAt: Date | null;
  sources: { url: string }[];
};

export type ExportAbout = { summary: string; viewUrl: string; siteUrl: string; generatedAt: Date };

/** The columns of programs.csv (same names and values), then the verification date and our page's URL. */
const COLUMNS: { header: string; width: number; value: (p: ExportProgram, about: ExportAbout) => string }[] = [
  { header: 'slug', width: 24, value: (p) => p.slug },
  { header: 'name', width: 40, value: (p) => p.name },
  { header: 'provider', width: 32, value: (p) => p.provider },
  { header: 'country', width: 8, value: (p) => p.country },
  { header: 'region', width: 8, value: (p) => p.region ?? '' },
  { header: 'kind', width: 16, value: (p) => p.kind },
  { header: 'format', width: 10, value: (p) => p.format },
  { header: 'cost_note', width: 30, value: (p) => p.costNote ?? '' },
  { header: 'duration_note', width: 30, value: (p) => p.durationNote ?? '' },
  { header: 'eligibility_note', width: 40, value: (p) => p.eligibilityNote },
  { header: 'website_url', width: 36, value: (p) => p.websiteUrl },
  { header: 'notes_short', width: 40, value: (p) => p.notesShort },
  { header: 'source_urls', width: 50, value: (p) => p.sources.map((s) => s.url).join(' ') },
  { header: 'as_of', width: 10, value: (p) => p.asOf },
  { header: 'last_verified_at', width: 14, value: (p) => (p.lastVerifiedAt ? p.lastVerifiedAt.toISOString().slice(0, 10) : '') },
  { header: 'page_url', width: 36, value: (p, about) => `${about.siteUrl}/programs/${p.slug}` },
];

/** A spreadsheet would run a cell starting with one of these as a formula; a leading ' makes it text. */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark so Excel reads accents correctly; CRLF line ends as RFC 4180 asks. */
export function programsToCsv(programs: ExportProgram[], about: ExportAbout): string {
  const lines = [COLUMNS.map((c) => csvField(c.header)).join(',')];
  for (const p of programs) lines.push(COLUMNS.map((c) => csvField(c.value(p, about))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * An .xlsx workbook: a Programs sheet (bold frozen header, autofilter, links) and an About sheet saying what
 * the file holds and where it came from. Cells are written as typed strings, never as formulas, so the
 * CSV's formula prefix is not needed here and the values stay exactly as published.
 */
export async function programsToXlsx(programs: ExportProgram[], about: ExportAbout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IMG Pathways';
  workbook.created = about.generatedAt;
  const sheet = workbook.addWorksheet('Programs', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const p of programs) {
    const row = sheet.addRow(COLUMNS.map((c) => c.value(p, about)));
    for (const header of ['website_url', 'page_url']) {
      const cell = row.getCell(COLUMNS.findIndex((c) => c.header === header) + 1);
      const url = String(cell.value);
      if (/^https?:\/\//.test(url)) cell.value = { text: url, hyperlink: url };
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, programs.length + 1), column: COLUMNS.length } };

  const info = workbook.addWorksheet('About');
  info.columns = [{ width: 18 }, { width: 90 }];
  info.addRow(['What', about.summary]);
  info.addRow(['View online', { text: about.viewUrl, hyperlink: about.viewUrl }]);
  info.addRow(['Downloaded', about.generatedAt.toISOString().slice(0, 10)]);
  info.addRow(['Note', 'Facts come from the sources listed per row (as_of = date of the information). Confirm with the provider before you decide.']);
  info.getColumn(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
