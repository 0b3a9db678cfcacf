// RFC 4180 CSV reader: quoted fields, doubled quotes, CR/LF line ends, a leading BOM. Returns rows of
// objects keyed by the header, plus the 1-based line number each record started on (for error reports).

export type CsvRecord = { line: number; values: Record<string, string> };
export type CsvTable = { header: string[]; records: CsvRecord[] };

export class CsvFormatError extends Error {}

export function parseCsv(text: string): CsvTable {
  const rows = readRows(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) throw new CsvFormatError('The file is empty: expected a header row.');
  const header = rows[0].cells.map((cell) => cell.trim());
  if (header.some((name) => name === '')) throw new CsvFormatError('The header row has an empty column name.');
  const records: CsvRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length === 1 && row.cells[0].trim() === '') continue; // blank line
    if (row.cells.length !== header.length) {
      throw new CsvFormatError(
        `Line ${row.line} has ${row.cells.length} fields; the header has ${header.length}.`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => (values[name] = row.cells[index]));
    records.push({ line: row.line, values });
  }
  return { header, records };
}

function readRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let i = 0;
  const endRow = () => {
    cells.push(field);
    rows.push({ line: rowStart, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvFormatError(`A quoted field starting near line ${rowStart} is never closed.`);
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}
