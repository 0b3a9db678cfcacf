import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { SCHOOL_CSV_COLUMNS, schoolRowSchema } from '@/lib/validation/school';
import { LENDER_CSV_COLUMNS, lenderRowSchema } from '@/lib/validation/lender';
import { PROGRAM_CSV_COLUMNS, programRowSchema } from '@/lib/validation/program';

const read = (name: string) => parseCsv(readFileSync(`prisma/seed-data/${name}`, 'utf8'));

describe('seed data', () => {
  it.each([
    ['schools.csv', SCHOOL_CSV_COLUMNS, schoolRowSchema],
    ['lenders.csv', LENDER_CSV_COLUMNS, lenderRowSchema],
    ['programs.csv', PROGRAM_CSV_COLUMNS, programRowSchema],
  ] as const)('%s has the documented columns and every row validates', (file, columns, schema) => {
    const table = read(file);
    expect(table.header).toEqual([...columns]);
    const problems = table.records
      .map((r) => ({ line: r.line, result: schema.safeParse(r.values) }))
      .filter((r) => !r.result.success)
      .map((r) => r.line);
    expect(problems).toEqual([]);
  });

  it('the shared validation rejects a bad row with a reason per field', () => {
    const row = { ...read('schools.csv').records[0].values, state: 'ZZ', tuition_usd_per_year: 'lots', website_url: 'javascript:alert(1)' };
    const result = schoolRowSchema.safeParse(row);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['state', 'tuition_usd_per_year', 'website_url']));
  });

  it('every alias row names a school of the dataset', () => {
    const slugs = new Set(read('schools.csv').records.map((r) => r.values.slug));
    const unknown = read('school-aliases.csv').records.map((r) => r.values.slug).filter((s) => !slugs.has(s));
    expect(unknown).toEqual([]);
  });
});
