// CSV and Excel files of a /programs view. Self-contained for now (the school exports live in lib/export/ on
// another branch; the two will be unified). Pure: rows in, file bytes out. The workbook is written by the
// same writer as the school exports (lib/export/xlsx.ts).
import { buildXlsx, startSheet, type XlsxCell } from '../export/xlsx';

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

/** Columns whose values are URLs, written as links when they are http(s). */
const LINK_COLUMNS = new Set(['website_url', 'page_url']);

/**
 * An .xlsx workbook: a Programs sheet (bold frozen header, autofilter, links) and an About sheet saying what
 * the file holds and where it came from. Cells are written as typed strings, never as formulas, so the
 * CSV's formula prefix is not needed here and the values stay exactly as published.
 */
export async function programsToXlsx(programs: ExportProgram[], about: ExportAbout): Promise<Uint8Array> {
  return buildXlsx({ creator: 'IMG Pathways', created: about.generatedAt }, async (book) => {
    const sheet = await startSheet(book, 'Programs', COLUMNS, { formulaGuard: false });
    for (const p of programs) {
      await sheet.addRow(
        COLUMNS.map((c): XlsxCell => {
          const value = c.value(p, about);
          return LINK_COLUMNS.has(c.header) ? { kind: 'link', url: value } : { kind: 'text', value };
        }),
      );
    }
    await sheet.end();

    const info = await startSheet(book, 'About', [{ header: '', width: 18, bold: true }, { header: '', width: 90 }], { header: false, formulaGuard: false });
    await info.addRow([{ kind: 'text', value: 'What' }, { kind: 'text', value: about.summary }]);
    await info.addRow([{ kind: 'text', value: 'View online' }, { kind: 'link', url: about.viewUrl }]);
    await info.addRow([{ kind: 'text', value: 'Downloaded' }, { kind: 'text', value: about.generatedAt.toISOString().slice(0, 10) }]);
    await info.addRow([
      { kind: 'text', value: 'Note' },
      { kind: 'text', value: 'Facts come from the sources listed per row (as_of = date of the information). Confirm with the provider before you decide.' },
    ]);
    await info.end();
  });
}
