// Small helpers over exceljs's streaming writer: one place that turns export values into safe cells (text
// through the formula guard, links only for http(s) URLs) and writes a styled sheet row by row.
import type ExcelJS from 'exceljs';
import { isSafeLinkUrl, neutralizeCell } from './neutralize';

export type XlsxCell =
  | { kind: 'text'; value: string | null }
  | { kind: 'currency'; value: number | null }
  | { kind: 'link'; url: string | null; text?: string | null };

export type XlsxColumn = { header: string; width: number };

export const CURRENCY_FORMAT = '"$"#,##0';

function toCellValue(cell: XlsxCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'currency':
      return cell.value;
    case 'text':
      return cell.value === null || cell.value === '' ? null : neutralizeCell(cell.value);
    case 'link': {
      const text = neutralizeCell(cell.text || cell.url || '');
      if (!cell.url) return text || null;
      return isSafeLinkUrl(cell.url) ? { text, hyperlink: cell.url } : text;
    }
  }
}

type SheetWriter = ExcelJS.Worksheet & { commit(): void };

/** A sheet with a bold frozen header row, an autofilter over it, and column widths. Call commit() when done. */
export function startSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: XlsxColumn[], options: { filter?: boolean } = {}) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }) as SheetWriter;
  sheet.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
  const header = sheet.addRow(columns.map((c) => neutralizeCell(c.header)));
  header.font = { bold: true };
  header.commit();
  if (options.filter !== false && columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return {
    addRow(cells: XlsxCell[]) {
      const row = sheet.addRow(cells.map(toCellValue));
      cells.forEach((cell, i) => {
        const target = row.getCell(i + 1);
        if (cell.kind === 'currency') target.numFmt = CURRENCY_FORMAT;
        if (cell.kind === 'link' && cell.url && isSafeLinkUrl(cell.url)) target.font = { color: { argb: 'FF1D4ED8' }, underline: true };
      });
      row.commit();
    },
    commit: () => sheet.commit(),
  };
}
