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
  /**
   * Prefix formula-like text with ' (default true). Inline strings never evaluate, so turning it off is safe
   * for a file that is only read; the guard protects a reader who edits a cell and presses Enter.
   */
  formulaGuard?: boolean;
};

const keepText = (text: string) => text;

function toSheetCell(cell: XlsxCell, guard: (text: string) => string, bold: boolean): SheetCell {
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
  const guard = options.formulaGuard === false ? keepText : neutralizeCell;
  const header = options.header !== false;
  const sheet = await book.addSheet(
    name,
    columns.map((c) => ({ header: guard(c.header), width: c.width })),
    { headerRow: header, freezeHeader: header, autoFilter: header && options.filter !== false },
  );
  const bold = columns.map((c) => c.bold === true);
  return {
    addRow: (cells: XlsxCell[]) => sheet.addRow(cells.map((cell, i) => toSheetCell(cell, guard, bold[i] ?? false))),
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
