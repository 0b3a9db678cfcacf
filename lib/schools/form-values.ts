// A school row → the admin form's values (CSV column names, strings), the inverse of schoolFormSchema.
type Row = Record<string, unknown> & { sources: { url: string }[]; aliases: string };

import { emptyCsvValues, SCHOOL_FORM_FIELDS } from './form-fields';
import { isComposedSummary } from './reader-summary';
import type { SummaryFacts } from './summary';

export function schoolFormValues(row: Row): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of SCHOOL_FORM_FIELDS) {
    if (field.key === 'sources') values[field.name] = row.sources.map((s) => s.url).join('\n');
    else if (field.key === 'aliases') values[field.name] = row.aliases.split('|').filter(Boolean).join('\n');
    // A composed summary shows as empty: saving keeps it composed, so it follows the facts.
    else if (field.key === 'readerSummary') values[field.name] = isComposedSummary(String(row.readerSummary ?? ''), row as unknown as SummaryFacts) ? '' : String(row.readerSummary);
    else {
      const value = row[field.key];
      values[field.name] = value === null || value === undefined ? '' : String(value);
    }
  }
  return values;
}

export function emptySchoolValues(today = new Date()): Record<string, string> {
  return emptyCsvValues(SCHOOL_FORM_FIELDS, today);
}
