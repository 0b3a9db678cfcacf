// A streaming .xlsx writer: sheets are written one at a time, row by row, straight into a deflated ZIP entry,
// so a workbook of any length needs only a few buffers of memory. Strings are inline (no shared-string table
// to hold until the end); styles are the fixed few of xlsx-parts.ts. Values are written as given: the
// formula guard and the link policy live one level up, in xlsx.ts.
import type { Writable } from 'node:stream';
import { MAX_COLUMNS } from './cell-ref';
import { XlsxSheetWriter, type SheetColumn, type SheetOptions } from './xlsx-sheet';
import {
  appPropertiesXml, contentTypesXml, corePropertiesXml, packageRelsXml, stylesXml, workbookRelsXml, workbookXml,
  worksheetPath, type SheetSummary,
} from './xlsx-parts';
import { ZipStreamWriter, type ZipLimits } from './zip-stream';

export type { SheetCell, SheetColumn, SheetOptions } from './xlsx-sheet';
export type { CellStyle } from './xlsx-parts';

export type XlsxWriterOptions = {
  creator: string;
  created: Date;
  /** zlib level for every part (default XLSX_DEFLATE_LEVEL). */
  level?: number;
  /** Only for tests (see ZipOptions). */
  zipLimits?: ZipLimits;
};

/**
 * Level 1: at 50,000 schools the sheet XML is ~110 MB and level 6 spent over a second more CPU on it for a
 * file only ~20% smaller (6.3 vs 7.8 MB, about what exceljs produced). A server's CPU is the scarcer resource.
 */
export const XLSX_DEFLATE_LEVEL = 1;

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** Excel's rules: 1–31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case. */
export function assertValidSheetName(name: string, existing: string[] = []): void {
  const problem =
    name.length === 0 ? 'is empty'
    : name.length > 31 ? 'is longer than 31 characters'
    : FORBIDDEN_IN_SHEET_NAME.test(name) ? 'contains one of [ ] : * ? / \\'
    : name.startsWith("'") || name.endsWith("'") ? 'starts or ends with an apostrophe'
    : existing.some((other) => other.toLowerCase() === name.toLowerCase()) ? 'is already used by another sheet'
    : null;
  if (problem) throw new Error(`Invalid sheet name "${name}": it ${problem}`);
}

export class XlsxStreamWriter {
  private readonly zip: ZipStreamWriter;
  private readonly sheets: SheetSummary[] = [];
  private openSheet: XlsxSheetWriter | null = null;
  private started = false;
  private ended = false;

  constructor(
    out: Writable,
    private readonly options: XlsxWriterOptions,
  ) {
    this.zip = new ZipStreamWriter(out, { modified: options.created, level: options.level ?? XLSX_DEFLATE_LEVEL, limits: options.zipLimits });
  }

  /** Opens the next sheet; the previous one must have ended, since each sheet streams into its own ZIP entry. */
  async addSheet(name: string, columns: SheetColumn[], options: SheetOptions = {}): Promise<XlsxSheetWriter> {
    if (this.ended) throw new Error(`The workbook has ended; cannot add sheet "${name}"`);
    if (this.openSheet) throw new Error(`Sheet "${this.openSheet.name}" is still open; end it before adding "${name}"`);
    assertValidSheetName(name, this.sheets.map((s) => s.name));
    if (columns.length === 0 || columns.length > MAX_COLUMNS) throw new Error(`Sheet "${name}" needs 1–${MAX_COLUMNS} columns`);
    const badWidth = columns.find((c) => !(c.width > 0 && c.width <= 255));
    if (badWidth) throw new Error(`Sheet "${name}": column width ${badWidth.width} is outside 0–255`);
    if (!this.started) await this.writeLeadingParts();
    const summary: SheetSummary = { name, filterRange: null };
    const index = this.sheets.length;
    this.sheets.push(summary);
    const entry = await this.zip.startEntry(worksheetPath(index));
    const sheet = new XlsxSheetWriter({
      name,
      index,
      columns,
      options,
      zip: this.zip,
      entry,
      onEnd: (filterRange) => {
        summary.filterRange = filterRange;
        this.openSheet = null;
      },
    });
    this.openSheet = sheet;
    await sheet.start();
    return sheet;
  }

  /** Writes the workbook's index parts and the ZIP directory, ends the output, and waits until it is flushed. */
  async end(): Promise<void> {
    if (this.ended) throw new Error('The workbook has already ended');
    if (this.openSheet) throw new Error(`Sheet "${this.openSheet.name}" is still open; end it before ending the workbook`);
    if (this.sheets.length === 0) throw new Error('A workbook needs at least one sheet');
    this.ended = true;
    // These parts list the sheets, so they can only be written now; ZIP readers do not mind the order.
    await this.zip.addEntry('xl/workbook.xml', workbookXml(this.sheets));
    await this.zip.addEntry('xl/_rels/workbook.xml.rels', workbookRelsXml(this.sheets.length));
    await this.zip.addEntry('docProps/app.xml', appPropertiesXml(this.options.creator, this.sheets.map((s) => s.name)));
    await this.zip.addEntry('[Content_Types].xml', contentTypesXml(this.sheets.length));
    await this.zip.end();
  }

  /** The parts that do not depend on the sheets; package relationships first, where file-type sniffers look. */
  private async writeLeadingParts() {
    this.started = true;
    await this.zip.addEntry('_rels/.rels', packageRelsXml());
    await this.zip.addEntry('xl/styles.xml', stylesXml());
    await this.zip.addEntry('docProps/core.xml', corePropertiesXml(this.options.creator, this.options.created));
  }
}
