// The streaming XLSX writer read back by exceljs and by our independent Python reader: values, number format,
// fonts, hyperlinks, frozen header, autofilter; XML escaping and the characters XML cannot carry; column
// letters; the export rules of lib/export/xlsx.ts (formula guard, http(s)-only links); and its errors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetters } from '@/lib/export/cell-ref';
import { xmlAttribute, xmlText } from '@/lib/xml/text';
import { buildXlsx, CURRENCY_FORMAT, startSheet } from '@/lib/export/xlsx';
import { assertValidSheetName, XlsxStreamWriter } from '@/lib/export/xlsx-writer';
import { PassThrough } from 'node:stream';

const OPTIONS = { creator: 'IMG Pathways', created: new Date('2026-01-02T03:04:05Z') };

async function readWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

/** One part of the package as text, read by Python's zipfile (which also checks every CRC). */
function readPart(bytes: Uint8Array, name: string): string {
  const script = 'import io, sys, zipfile\nz = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nassert z.testzip() is None\nsys.stdout.write(z.read(sys.argv[1]).decode())';
  return execFileSync('python3', ['-c', script, name], { input: Buffer.from(bytes), encoding: 'utf8' });
}

describe('column letters', () => {
  it('counts like a spreadsheet, past Z', () => {
    const cases: [number, string][] = [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA'], [16_384, 'XFD']];
    for (const [column, letters] of cases) expect(columnLetters(column), String(column)).toBe(letters);
    expect(() => columnLetters(0)).toThrow(RangeError);
    expect(() => columnLetters(16_385)).toThrow(RangeError);
  });
});

describe('XML text', () => {
  it('escapes markup and drops what XML 1.0 forbids, keeping emoji and right-to-left text', () => {
    expect(xmlText('a<b & c>d "e" ]]>')).toBe('a&lt;b &amp; c&gt;d &quot;e&quot; ]]&gt;');
    expect(xmlText('nul\u0000 bell\u0007 esc\u001b ffff\uffff fffe\ufffe')).toBe('nul bell esc ffff fffe');
    expect(xmlText('lone \ud800 and \udc00, pair 😀, ZWJ 👩‍⚕️, RTL مرحبا')).toBe('lone  and , pair 😀, ZWJ 👩‍⚕️, RTL مرحبا');
    expect(xmlText('tab\tnewline\ncr\r')).toBe('tab\tnewline\ncr&#13;');
    expect(xmlAttribute('https://x.test/?a=1&b="2"\t\n')).toBe('https://x.test/?a=1&amp;b=&quot;2&quot;&#9;&#10;');
    expect(xmlText('plain text')).toBe('plain text');
  });
});

describe('XlsxStreamWriter', () => {
  it('writes a two-sheet workbook exceljs reads back: values, currency format, links, frozen header, autofilter', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => ({ header: `Column ${i + 1}`, width: 10 + i }));
    const bytes = await buildXlsx(OPTIONS, async (book) => {
      const first = await book.addSheet('Schools', columns, { autoFilter: true });
      await first.addRow([
        { value: 'Alpha' },
        { value: 52_000, style: 'currency' },
        { value: 'Alpha site', hyperlink: 'https://alpha.example/a?b=1&c=2' },
        ...Array.from({ length: 26 }, () => null),
        { value: 'in AD' },
      ]);
      await first.addRow([{ value: 'Beta' }, { value: null, style: 'currency' }, { value: 'https://beta.example/', hyperlink: 'https://beta.example/' }]);
      await first.end();
      const second = await book.addSheet('Notes & more', [{ header: 'Label', width: 20 }, { header: 'Value', width: 80 }]);
      await second.addRow([{ value: 'Count' }, { value: 2 }]);
      await second.end();
    });

    const workbook = await readWorkbook(bytes);
    expect(workbook.creator).toBe('IMG Pathways');
    expect(workbook.created.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Schools', 'Notes & more']);

    const sheet = workbook.getWorksheet('Schools')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(30).value).toBe('Column 30');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(30).width).toBe(39);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.autoFilter).toBe('A1:AD3');
    expect(sheet.getCell('A2').value).toBe('Alpha');
    expect(sheet.getCell('B2').value).toBe(52_000);
    expect(sheet.getCell('B2').numFmt).toBe(CURRENCY_FORMAT);
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('B3').numFmt).toBe(CURRENCY_FORMAT);
    expect(sheet.getCell('C2').value).toEqual({ text: 'Alpha site', hyperlink: 'https://alpha.example/a?b=1&c=2' });
    expect(sheet.getCell('C2').font).toMatchObject({ underline: true, color: { argb: 'FF1D4ED8' } });
    expect(sheet.getCell('C3').value).toEqual({ text: 'https://beta.example/', hyperlink: 'https://beta.example/' });
    expect(sheet.getCell('AD2').value).toBe('in AD');

    const second = workbook.getWorksheet('Notes & more')!;
    expect(second.getCell('B2').value).toBe(2);
    expect(second.autoFilter).toBeFalsy();
    expect(second.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    // Excel keeps the filter range as a hidden built-in name; the sheet's link targets are external.
    expect(readPart(bytes, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Schools\'!$A$1:$AD$3</definedName>',
    );
    const rels = readPart(bytes, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain('Target="https://alpha.example/a?b=1&amp;c=2" TargetMode="External"');
    expect(readPart(bytes, '[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
  });

  it('gives the independent reader (tests/support/xlsx_inspect.py) sheets, rows, frozen header, filter and links', async () => {
    const bytes = await buildXlsx(OPTIONS, async (book) => {
      const sheet = await startSheet(book, 'Schools', [{ header: 'School', width: 30 }, { header: 'Website', width: 30 }]);
      for (let i = 0; i < 3; i++) await sheet.addRow([{ kind: 'text', value: `School ${i}` }, { kind: 'link', url: `https://s${i}.example/` }]);
      await sheet.end();
      const about = await startSheet(book, 'About', [{ header: 'About', width: 20 }], { filter: false });
      await about.end();
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'imgp-xlsx-'));
    try {
      const file = path.join(dir, 'book.xlsx');
      writeFileSync(file, bytes);
      const report = JSON.parse(execFileSync('python3', ['tests/support/xlsx_inspect.py', file], { encoding: 'utf8' }));
      expect(report).toEqual({
        sheets: ['Schools', 'About'],
        dataRows: 3,
        frozen: true,
        autoFilter: true,
        links: ['https://s0.example/', 'https://s1.example/', 'https://s2.example/'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads back any text intact, minus only the characters XML 1.0 forbids', async () => {
    const values = [
      'nul\u0000<tag> & "quotes" ]]> done',
      '  leading and trailing spaces  ',
      'tab\there\nnew line\r\nwindows line',
      'emoji 😀 👩‍⚕️ and RTL: مرحبا بالعالم עברית',
      'lone \ud800 high, lone \udc00 low, \uffff\ufffe nonchars, \u0008 backspace',
      '_x0041_ looks like an escape',
    ];
    const bytes = await buildXlsx(OPTIONS, async (book) => {
      const sheet = await book.addSheet('Text', [{ width: 40 }], { headerRow: false });
      for (const value of values) await sheet.addRow([{ value }]);
      await sheet.end();
    });
    const sheet = (await readWorkbook(bytes)).getWorksheet('Text')!;
    const read = values.map((_, i) => sheet.getCell(i + 1, 1).value);
    expect(read).toEqual([
      'nul<tag> & "quotes" ]]> done',
      '  leading and trailing spaces  ',
      'tab\there\nnew line\r\nwindows line',
      'emoji 😀 👩‍⚕️ and RTL: مرحبا بالعالم עברית',
      'lone  high, lone  low,  nonchars,  backspace',
      '_x0041_ looks like an escape',
    ]);
  });

  it('through lib/export/xlsx: formula-like text stays text, and only http(s) URLs become links', async () => {
    const bytes = await buildXlsx(OPTIONS, async (book) => {
      const sheet = await startSheet(book, 'Guarded', [{ header: '=HEADER()', width: 20 }, { header: 'Link', width: 20 }]);
      await sheet.addRow([{ kind: 'text', value: '=1+1' }, { kind: 'link', url: 'javascript:alert(1)' }]);
      await sheet.addRow([{ kind: 'text', value: '@SUM(A1)' }, { kind: 'link', url: 'data:text/html,<b>x</b>', text: 'click' }]);
      await sheet.addRow([{ kind: 'text', value: '-2' }, { kind: 'link', url: 'https://ok.example/', text: '+not a formula' }]);
      await sheet.addRow([{ kind: 'currency', value: 12_345 }, { kind: 'link', url: null }]);
      await sheet.end();
    });
    const sheet = (await readWorkbook(bytes)).getWorksheet('Guarded')!;
    expect(sheet.getCell('A1').value).toBe("'=HEADER()");
    expect(sheet.getCell('A2').value).toBe("'=1+1");
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect(sheet.getCell('A3').value).toBe("'@SUM(A1)");
    expect(sheet.getCell('A4').value).toBe("'-2");
    expect(sheet.getCell('B2').value).toBe('javascript:alert(1)');
    expect(sheet.getCell('B3').value).toBe('click');
    expect(sheet.getCell('B4').value).toEqual({ text: "'+not a formula", hyperlink: 'https://ok.example/' });
    expect(sheet.getCell('A5').value).toBe(12_345);
    expect(sheet.getCell('B5').value).toBeNull();
    expect(readPart(bytes, 'xl/worksheets/_rels/sheet1.xml.rels')).not.toMatch(/javascript:|data:/);
  });

  it('validates sheet names as Excel does', () => {
    for (const name of ['', 'x'.repeat(32), 'a/b', 'a\\b', 'a?', 'a*', 'a:b', '[a]', "'quoted'"]) {
      expect(() => assertValidSheetName(name), JSON.stringify(name)).toThrow(/Invalid sheet name/);
    }
    expect(() => assertValidSheetName('schools', ['Schools'])).toThrow(/already used/);
    expect(() => assertValidSheetName('x'.repeat(31))).not.toThrow();
    expect(() => assertValidSheetName("Bob's & co.")).not.toThrow();
  });

  it('refuses an invalid sheet, a second open sheet, and writing after the end', async () => {
    const book = new XlsxStreamWriter(new PassThrough().resume(), OPTIONS);
    await expect(book.addSheet('a/b', [{ width: 10 }])).rejects.toThrow(/Invalid sheet name "a\/b"/);
    await expect(book.addSheet('None', [])).rejects.toThrow(/needs 1–16384 columns/);
    await expect(book.end()).rejects.toThrow(/at least one sheet/);
    const sheet = await book.addSheet('One', [{ header: 'A', width: 10 }]);
    await expect(book.addSheet('Two', [{ width: 10 }])).rejects.toThrow(/"One" is still open/);
    await expect(book.end()).rejects.toThrow(/still open/);
    await sheet.end();
    expect(() => sheet.addRow([{ value: 'late' }])).toThrow(/has ended/);
    await expect(sheet.end()).rejects.toThrow(/already ended/);
    await book.end();
    await expect(book.addSheet('Late', [{ width: 10 }])).rejects.toThrow(/workbook has ended/);
    await expect(book.end()).rejects.toThrow(/already ended/);
  });

  it('refuses a workbook past the ZIP32 limit instead of writing a corrupt file', async () => {
    const book = new XlsxStreamWriter(new PassThrough().resume(), { ...OPTIONS, zipLimits: { maxBytes: 0xffffffff, maxEntries: 4 } });
    const sheet = await book.addSheet('One', [{ width: 10 }]);
    await sheet.end();
    await expect(book.end()).rejects.toThrow(/at most 4 entries/);
  });
});

describe('export code', () => {
  it('no longer imports exceljs (every export goes through lib/export/xlsx.ts)', () => {
    for (const dir of ['lib/export', 'lib/programs']) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
        expect(readFileSync(path.join(dir, file), 'utf8'), `${dir}/${file}`).not.toMatch(/from 'exceljs'/);
      }
    }
  });
});
