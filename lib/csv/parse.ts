// CSV (RFC 4180) → rows of objects keyed by the header, each with the 1-based line its record starts on (for
// error reports). The tokenising is csv-parse's (strict quotes: a field is either wholly quoted or holds no
// quote, so `"abc"def` is refused with its line instead of read as `abcdef`); this module keeps our shape,
// our header rules and our messages, which the seed report and the admin import preview show as they are.
import { CsvError, parse } from 'csv-parse/sync';

export type CsvRecord = { line: number; values: Record<string, string> };
export type CsvTable = { header: string[]; records: CsvRecord[] };

export class CsvFormatError extends Error {}

type Row = { line: number; cells: string[] };

export function parseCsv(text: string): CsvTable {
  const rows = readRows(text);
  if (rows.length === 0) throw new CsvFormatError('The file is empty: expected a header row.');
  const header = rows[0].cells.map((cell) => cell.trim());
  if (header.some((name) => name === '')) throw new CsvFormatError('The header row has an empty column name.');
  const records: CsvRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length === 1 && row.cells[0].trim() === '') continue; // blank line
    if (row.cells.length !== header.length) {
      throw new CsvFormatError(`Line ${row.line} has ${row.cells.length} fields; the header has ${header.length}.`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => (values[name] = row.cells[index]));
    records.push({ line: row.line, values });
  }
  return { header, records };
}

/** Every physical line yields a record (blank ones too), so a record starts the line after the previous one ended. */
function readRows(text: string): Row[] {
  let lastEndLine = 0;
  try {
    const rows: Row[] = [];
    parse(text, {
      bom: true,
      relax_column_count: true, // counted here, to name the line and both counts
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (cells: string[], context) => {
        rows.push({ line: lastEndLine + 1, cells });
        lastEndLine = context.lines;
        return null;
      },
    });
    return rows;
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFormatError(describeQuoteError(error, lastEndLine + 1));
    throw error;
  }
}

/** What went wrong with the quotes, in the words an editor fixing the file in a spreadsheet program needs. */
function describeQuoteError(error: CsvError, recordLine: number): string {
  const line = typeof error.lines === 'number' ? error.lines : recordLine;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `A quoted field starting near line ${recordLine} is never closed.`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `Line ${line} has text right after a closing quote (like "abc"def). Quote the whole field and double the quotes inside it ("""abc""def").`;
    case 'INVALID_OPENING_QUOTE':
      return `Line ${line} has a quote inside a field that does not start with one. Quote the whole field and double the quotes inside it (ab"c becomes "ab""c").`;
    default:
      return `Line ${line} could not be read as CSV (${error.message}).`;
  }
}
