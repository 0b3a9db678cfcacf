// The CSV writer and the formula guard: RFC 4180 output that the project's own reader reads back unchanged,
// with every dangerous cell start neutralized.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';
import { CSV_BOM, formatCsvField, writeCsv } from '@/lib/export/csv';
import { isSafeLinkUrl, neutralizeCell } from '@/lib/export/neutralize';

describe('neutralizeCell', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('prefixes %j with a quote', (text) => {
    expect(neutralizeCell(text)).toBe(`'${text}`);
  });

  it.each(['Harvard', ' =not first', "'already", '', '1-2', 'a=b', 'x\t'])('leaves %j alone', (text) => {
    expect(neutralizeCell(text)).toBe(text);
  });
});

describe('isSafeLinkUrl', () => {
  it('accepts http and https only', () => {
    expect(isSafeLinkUrl('https://example.edu/a?b=1')).toBe(true);
    expect(isSafeLinkUrl('http://example.edu')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url', '', null, undefined]) {
      expect(isSafeLinkUrl(bad)).toBe(false);
    }
  });
});

describe('CSV writer', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const file = writeCsv(['Name', 'Notes', 'Tuition'], [
      ['A, B', 'say "hi"\nthen', 65000],
      ['=cmd', null, null],
    ]);
    expect(file.startsWith(CSV_BOM)).toBe(true);
    expect(file.slice(1)).toBe('Name,Notes,Tuition\r\n"A, B","say ""hi""\nthen",65000\r\n\'=cmd,,\r\n');
  });

  it('quotes a neutralized cell that also needs quoting', () => {
    expect(formatCsvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('keeps numbers as numbers, even negative ones', () => {
    expect(formatCsvField(-5)).toBe('-5');
    expect(formatCsvField(null)).toBe('');
  });

  it('round-trips any text through the reader (with the guard applied)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r', ' ', '=', '+', '-', '@', '\t', "'") });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 5 }), (rows) => {
        const table = parseCsv(writeCsv(['x', 'y'], rows));
        // A lone CR inside a field reads back as CR; compare against exactly what the writer promised.
        expect(table.records.map((r) => [r.values.x, r.values.y])).toEqual(rows.map((r) => r.map(neutralizeCell)));
      }),
      { numRuns: 300 },
    );
  });
});
