// The one place export values become spreadsheet cells: text through the formula guard, links only for
// http(s) URLs (anything else stays plain text), currency with its number format, and sheets with a bold
// frozen header and an autofilter. Every .xlsx we produce is written through here and XlsxStreamWriter.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { isSafeLinkUrl, neutralizeCell } from './neutralize';
import { CURRENCY_FORMAT } from './xlsx-parts';
import type { SheetCell } from './xlsx-sheet';
import { XlsxStreamWriter, type XlsxWriterOptions } from './xlsx-writer';

export { CURRENCY_FORMAT };

export type XlsxCell =
  | { kind: 'text'; value: string | null }
  | { kind: 'currency'; value: number | null }
  | { kind: 'link'; url: string | null; text?: string | null };

/** `bold` styles the column's text cells (a label column). */
export type XlsxColumn = { header: string; width: number; bold?: boolean };

export type XlsxSheetOptions = {
  /** Filter buttons on the header (default true). */
  filter?: boolean;
  /** A first row of column headers, frozen (default true). */
  header?: boolean;
};

/**
 * Text goes through the formula guard in every sheet: inline strings never evaluate, but a reader who edits
 * a cell and presses Enter would run it (one policy for every export, decision 095).
 */
function toSheetCell(cell: XlsxCell, bold: boolean): SheetCell {
  const guard = neutralizeCell;
  switch (cell.kind) {
    case 'currency':
      return { value: cell.value, style: 'currency' };
    case 'text':
      return cell.value === null || cell.value === '' ? null : { value: guard(cell.value), style: bold ? 'bold' : undefined };
    case 'link': {
      const text = guard(cell.text || cell.url || '');
      if (!text) return null;
      return isSafeLinkUrl(cell.url) ? { value: text, hyperlink: cell.url } : { value: text };
    }
  }
}

/** A sheet of XlsxCell rows. Await addRow (it carries the output's back-pressure) and end() when done. */
export async function startSheet(book: XlsxStreamWriter, name: string, columns: XlsxColumn[], options: XlsxSheetOptions = {}) {
  const header = options.header !== false;
  const sheet = await book.addSheet(
    name,
    columns.map((c) => ({ header: neutralizeCell(c.header), width: c.width })),
    { headerRow: header, freezeHeader: header, autoFilter: header && options.filter !== false },
  );
  const bold = columns.map((c) => c.bold === true);
  return {
    addRow: (cells: XlsxCell[]) => sheet.addRow(cells.map((cell, i) => toSheetCell(cell, bold[i] ?? false))),
    end: () => sheet.end(),
  };
}

/** A whole workbook in memory, for small files that are answered in one piece. */
export async function buildXlsx(options: XlsxWriterOptions, write: (book: XlsxStreamWriter) => Promise<void>): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const drained = once(out, 'end');
  const book = new XlsxStreamWriter(out, options);
  await write(book);
  await book.end();
  await drained;
  return new Uint8Array(Buffer.concat(chunks));
}
