// Reads a seed CSV file into records; a malformed file becomes one rejection (line 0) instead of a crash.
import { readFileSync } from 'node:fs';
import { parseCsv, CsvFormatError } from '../csv/parse';
import type { EntityReport } from './report';

export function readCsvRecords(file: string, report: EntityReport) {
  try {
    return parseCsv(readFileSync(file, 'utf8')).records;
  } catch (error) {
    if (error instanceof CsvFormatError) {
      report.rejected.push({ line: 0, reason: error.message });
      return [];
    }
    throw error;
  }
}
