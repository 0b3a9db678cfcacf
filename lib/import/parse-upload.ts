// An uploaded spreadsheet → a header and rows of strings keyed by column, each with the row number the
// editor sees in their program. Refuses anything that is not what it claims to be: the extension AND the
// content must agree (CSV must decode as UTF-8 text; XLSX must be a zip that exceljs opens, and that would not
// expand past our budget: lib/import/zip-bomb-check.ts).
import ExcelJS from 'exceljs';
import { CsvFormatError, parseCsv, type CsvRecord } from '../csv/parse';
import { checkZipExpansion } from './zip-bomb-check';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_ROWS = 20_000;

export type UploadKind = 'csv' | 'xlsx';
export type ParsedUpload = { kind: UploadKind; header: string[]; records: CsvRecord[] };
export type UploadResult = { ok: true; upload: ParsedUpload } | { ok: false; error: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function uploadKind(fileName: string): UploadKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

function startsWithZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function readCsv(bytes: Uint8Array): UploadResult {
  if (startsWithZip(bytes)) return { ok: false, error: 'This file is named .csv but is a zip or Excel file. Save it as CSV (UTF-8), or upload it as .xlsx.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'This CSV is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.' };
  }
  if (text.includes('\u0000')) return { ok: false, error: 'This CSV contains binary data, not text.' };
  try {
    const table = parseCsv(text);
    return { ok: true, upload: { kind: 'csv', header: table.header, records: table.records } };
  } catch (error) {
    if (error instanceof CsvFormatError) return { ok: false, error: `The CSV could not be read: ${error.message}` };
    throw error;
  }
}

/** A cell as the text a person sees: numbers as typed, dates as YYYY-MM-DD, links and rich text as their text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<UploadResult> {
  if (!startsWithZip(bytes)) return { ok: false, error: 'This file is named .xlsx but is not an Excel workbook.' };
  const expansion = await checkZipExpansion(bytes);
  if (!expansion.ok) return expansion;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: 'This .xlsx file could not be opened as an Excel workbook (it may be damaged).' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { ok: false, error: 'The workbook has no rows: expected a header row on the first sheet.' };
  if (sheet.rowCount > MAX_UPLOAD_ROWS + 1) return { ok: false, error: `The sheet has more than ${MAX_UPLOAD_ROWS} rows; split it into smaller files.` };
  const headerRow = sheet.getRow(1);
  const header: string[] = [];
  for (let c = 1; c <= headerRow.cellCount; c++) header.push(cellText(headerRow.getCell(c).value).trim());
  while (header.length && header[header.length - 1] === '') header.pop();
  if (header.length === 0) return { ok: false, error: 'The first row of the first sheet is empty: expected the column names there.' };
  if (header.some((name) => name === '')) return { ok: false, error: 'The header row has an empty column name.' };
  const records: CsvRecord[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, string> = {};
    header.forEach((name, index) => (values[name] = cellText(row.getCell(index + 1).value)));
    if (Object.values(values).every((v) => v.trim() === '')) continue;
    records.push({ line: r, values });
  }
  return { ok: true, upload: { kind: 'xlsx', header, records } };
}

export async function parseUpload(fileName: string, bytes: Uint8Array): Promise<UploadResult> {
  if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'The file is larger than 5 MB. Split it into smaller files.' };
  const kind = uploadKind(fileName);
  if (!kind) return { ok: false, error: 'Upload a .csv or .xlsx file.' };
  const result = kind === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  if (result.ok && result.upload.records.length > MAX_UPLOAD_ROWS) {
    return { ok: false, error: `The file has more than ${MAX_UPLOAD_ROWS} rows; split it into smaller files.` };
  }
  return result;
}
