// RFC 4180 CSV writer for downloads: UTF-8 with a BOM (so Excel reads accents), CRLF line ends, fields quoted
// when they hold a comma, quote or line break, and every text cell passed through the formula guard.
import { neutralizeCell } from './neutralize';

export type CsvValue = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';

export function formatCsvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvRow(values: CsvValue[]): string {
  return values.map(formatCsvField).join(',');
}

/** The whole file: BOM, header, rows, each line ended by CRLF. */
export function writeCsv(header: string[], rows: CsvValue[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => formatCsvRow(row) + '\r\n').join('');
}
