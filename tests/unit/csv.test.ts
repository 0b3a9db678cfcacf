import { describe, expect, it } from 'vitest';
import { CsvFormatError, parseCsv } from '@/lib/csv/parse';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and a BOM', () => {
    const table = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n1,2\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 2, values: { a: 'x, y', b: 'say "hi"\nthere' } },
      { line: 4, values: { a: '1', b: '2' } },
    ]);
  });

  it('reports a row with the wrong number of fields by line', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/Line 3 has 1 fields/);
  });

  it('reports an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvFormatError);
  });
});
