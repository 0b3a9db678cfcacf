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
    expect(() => parseCsv('a\nx\n"open\nmore')).toThrow(/starting near line 3 is never closed/);
  });

  it('refuses text after a closing quote by line instead of reading "abc"def as abcdef', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"abc"def\n')).toThrow(CsvFormatError);
    expect(() => parseCsv('a,b\n1,2\n3,"abc"def\n')).toThrow(/^Line 3 has text right after a closing quote/);
  });

  it('refuses a quote inside an unquoted field by line', () => {
    expect(() => parseCsv('a,b\n1,ab"c\n')).toThrow(/^Line 2 has a quote inside a field/);
  });

  it('numbers records by the line they start on across quoted newlines, blank lines, CR, LF and CRLF', () => {
    const table = parseCsv('a,b\r\n"1\n2\n3",x\n\n  \n4,y\r5,z');
    expect(table.records).toEqual([
      { line: 2, values: { a: '1\n2\n3', b: 'x' } },
      { line: 7, values: { a: '4', b: 'y' } },
      { line: 8, values: { a: '5', b: 'z' } },
    ]);
  });

  it('trims header names, refuses an empty one, and refuses an empty file', () => {
    expect(parseCsv(' a , b\n1,2').header).toEqual(['a', 'b']);
    expect(() => parseCsv('a,,b\n1,2,3')).toThrow(/empty column name/);
    expect(() => parseCsv('')).toThrow(/The file is empty/);
    expect(() => parseCsv('\uFEFF')).toThrow(/The file is empty/);
  });

  it('keeps field text as written (no trimming)', () => {
    expect(parseCsv('a,b\n x ,"y "\n').records[0].values).toEqual({ a: ' x ', b: 'y ' });
  });
});
