// CSV and Excel files of a /programs view, written by the school exports' writers (lib/export/csv.ts and
// lib/export/xlsx.ts) and so under the same formula guard (lib/export/neutralize.ts): formula-looking text gets
// a leading ' in both files. Pure: rows in, file bytes out.
import { writeCsv } from '../export/csv';
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

/** UTF-8 with a byte-order mark so Excel reads accents correctly; CRLF line ends as RFC 4180 asks. */
export function programsToCsv(programs: ExportProgram[], about: ExportAbout): string {
  return writeCsv(
    COLUMNS.map((c) => c.header),
    programs.map((p) => COLUMNS.map((c) => c.value(p, about))),
  );
}

/** Columns whose values are URLs, written as links when they are http(s). */
const LINK_COLUMNS = new Set(['website_url', 'page_url']);

/**
 * An .xlsx workbook: a Programs sheet (bold frozen header, autofilter, links) and an About sheet saying what
 * the file holds and where it came from. Cells are inline strings, and formula-looking text carries the same
 * leading ' as in the CSV, so a reader who edits a cell and presses Enter does not run it (decision 095).
 */
export async function programsToXlsx(programs: ExportProgram[], about: ExportAbout): Promise<Uint8Array> {
  return buildXlsx({ creator: 'IMG Pathways', created: about.generatedAt }, async (book) => {
    const sheet = await startSheet(book, 'Programs', COLUMNS);
    for (const p of programs) {
      await sheet.addRow(
        COLUMNS.map((c): XlsxCell => {
          const value = c.value(p, about);
          return LINK_COLUMNS.has(c.header) ? { kind: 'link', url: value } : { kind: 'text', value };
        }),
      );
    }
    await sheet.end();

    const info = await startSheet(book, 'About', [{ header: '', width: 18, bold: true }, { header: '', width: 90 }], { header: false });
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
