// One worksheet being streamed: rows become XML as they arrive and go to the sheet's ZIP entry in chunks of
// about 64 KB. Hyperlinks must follow the rows (<hyperlinks>) and their targets live in a separate part that
// may only follow the sheet, so the writer keeps each link's cell as two numbers and its target deflated in
// memory, and writes both when the sheet ends.
import { columnLetters, MAX_ROWS } from './cell-ref';
import { HYPERLINK_RELATIONSHIP, RELATIONSHIPS_START, STYLE_ID, WORKSHEET_START, worksheetRelsPath, type CellStyle } from './xlsx-parts';
import { isPlainXmlText, xmlAttribute, xmlText } from '../xml/text';
import { DeflatedPart } from './zip-deflated-part';
import type { ZipEntryWriter, ZipStreamWriter } from './zip-stream';

export type SheetColumn = { header?: string; width: number };

/** A cell: text or a number, an optional style, and an optional external link (styled as a link by default). */
export type SheetCell = null | { value: string | number | null; style?: CellStyle; hyperlink?: string };

export type SheetOptions = {
  /** Write the columns' headers as a bold first row (default true). */
  headerRow?: boolean;
  /** Keep the header row in view while scrolling (default: when there is a header row). */
  freezeHeader?: boolean;
  /** Filter buttons on the header row, covering every written row (default false). */
  autoFilter?: boolean;
};

type SheetContext = {
  name: string;
  index: number;
  columns: SheetColumn[];
  options: SheetOptions;
  zip: ZipStreamWriter;
  entry: ZipEntryWriter;
  onEnd: (filterRange: string | null) => void;
};

const FLUSH_AT_CHARS = 64 * 1024;
/** Excel shows at most this many characters in a cell and reports longer ones as damage. */
const MAX_CELL_CHARS = 32_767;
/** XML whitespace a reader may trim or fold unless told to keep it. */
const NEEDS_PRESERVE = /^ | $|[\t\n\r]/;
const DONE = Promise.resolve();

export class XlsxSheetWriter {
  readonly name: string;
  private rowCount = 0;
  private pending = '';
  private pendingLinks = '';
  private linkCount = 0;
  private linkCells = new Uint32Array(2048); // row, column pairs
  private links: DeflatedPart | null = null;
  private ended = false;
  private readonly letters: string[] = [];

  constructor(private readonly context: SheetContext) {
    this.name = context.name;
  }

  /** Called once by the workbook: the sheet's opening XML and, if asked for, the header row. */
  async start(): Promise<void> {
    const { columns, options, index } = this.context;
    const headerRow = options.headerRow ?? true;
    const frozen = options.freezeHeader ?? headerRow;
    const pane = frozen ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' : '';
    const widths = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
    this.pending =
      WORKSHEET_START +
      `<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      `<cols>${widths}</cols><sheetData>`;
    if (headerRow) {
      // The row's own style (s, customFormat) marks the whole row bold, as well as each header cell.
      await this.writeRow(columns.map((c) => ({ value: c.header ?? null, style: 'bold' })), ` s="${STYLE_ID.bold}" customFormat="1"`);
    }
  }

  /** Appends a row; the promise settles when the output can take more (await it to respect back-pressure). */
  addRow(cells: SheetCell[]): Promise<void> {
    return this.writeRow(cells, '');
  }

  /** Closes the sheet: autofilter, hyperlinks, then the part holding the link targets. */
  async end(): Promise<void> {
    if (this.ended) throw new Error(`Sheet "${this.name}" has already ended`);
    this.ended = true;
    const { columns, options, zip, entry, index } = this.context;
    const filterRange = options.autoFilter ? `A1:${this.letter(columns.length - 1)}${Math.max(1, this.rowCount)}` : null;
    this.pending += `</sheetData>${filterRange ? `<autoFilter ref="${filterRange}"/>` : ''}`;
    if (this.linkCount > 0) {
      this.pending += '<hyperlinks>';
      for (let n = 0; n < this.linkCount; n++) {
        this.pending += `<hyperlink ref="${this.letter(this.linkCells[2 * n + 1])}${this.linkCells[2 * n]}" r:id="rId${n + 1}"/>`;
        if (this.pending.length >= FLUSH_AT_CHARS) await this.flush();
      }
      this.pending += '</hyperlinks>';
      this.pendingLinks += '</Relationships>';
    }
    this.pending += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    await this.flush();
    await entry.end();
    if (this.links) await zip.addDeflatedEntry(worksheetRelsPath(index), await this.links.finish());
    this.context.onEnd(filterRange);
  }

  private writeRow(cells: SheetCell[], rowAttributes: string): Promise<void> {
    if (this.ended) throw new Error(`Sheet "${this.name}" has ended; cannot add rows`);
    const row = ++this.rowCount;
    if (row > MAX_ROWS) throw new Error(`Sheet "${this.name}" cannot hold more than ${MAX_ROWS} rows`);
    let xml = `<row r="${row}"${rowAttributes}>`;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell) xml += this.cellXml(cell, row, i);
    }
    this.pending += `${xml}</row>`;
    return this.pending.length >= FLUSH_AT_CHARS ? this.flush() : DONE;
  }

  private cellXml(cell: NonNullable<SheetCell>, row: number, column: number): string {
    const style = STYLE_ID[cell.style ?? (cell.hyperlink ? 'link' : 'default')];
    const head = `<c r="${this.letter(column)}${row}"${style ? ` s="${style}"` : ''}`;
    const { value } = cell;
    if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return style ? `${head}/>` : '';
    if (cell.hyperlink) this.addLink(row, column, cell.hyperlink);
    if (typeof value === 'number') return `${head}><v>${value}</v></c>`;
    const text = value.length > MAX_CELL_CHARS ? truncate(value, MAX_CELL_CHARS) : value;
    // One scan for the common case; the escaping and whitespace checks only for text that needs them.
    if (isPlainXmlText(text) && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32) {
      return `${head} t="inlineStr"><is><t>${text}</t></is></c>`;
    }
    const space = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : '';
    return `${head} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
  }

  private addLink(row: number, column: number, target: string) {
    if (2 * this.linkCount + 2 > this.linkCells.length) {
      const grown = new Uint32Array(this.linkCells.length * 2);
      grown.set(this.linkCells);
      this.linkCells = grown;
    }
    this.linkCells[2 * this.linkCount] = row;
    this.linkCells[2 * this.linkCount + 1] = column;
    this.linkCount++;
    if (this.linkCount === 1) this.pendingLinks = RELATIONSHIPS_START;
    this.pendingLinks += `<Relationship Id="rId${this.linkCount}" Type="${HYPERLINK_RELATIONSHIP}" Target="${xmlAttribute(target)}" TargetMode="External"/>`;
  }

  /** Both writes start before either is awaited, so chunks keep their order even if a caller does not await. */
  private flush(): Promise<void> {
    const writes: Promise<void>[] = [];
    if (this.pending) writes.push(this.context.entry.write(Buffer.from(this.pending, 'utf8')));
    if (this.pendingLinks) {
      this.links ??= new DeflatedPart(this.context.zip.maxEntryBytes, this.context.zip.level);
      writes.push(this.links.write(Buffer.from(this.pendingLinks, 'utf8')));
    }
    this.pending = '';
    this.pendingLinks = '';
    return Promise.all(writes).then(() => undefined);
  }

  private letter(column: number): string {
    return (this.letters[column] ??= columnLetters(column + 1));
  }
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(value: string, max: number): string {
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
