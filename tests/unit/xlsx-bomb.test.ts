// Issue 15 item 5: an .xlsx upload under the 5 MB cap that would inflate to far more (a decompression bomb),
// that lies about its sizes, or that holds thousands of parts is refused with a clear message before exceljs
// inflates anything; a real workbook still opens.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseUpload, MAX_UPLOAD_BYTES } from '@/lib/import/parse-upload';
import { MAX_XLSX_EXPANDED_BYTES } from '@/lib/import/zip-bomb-check';
import { centralHeader, endOfCentralDirectory } from '@/lib/export/zip-records';
import { crc32 } from 'node:zlib';

type Part = { name: string; data: Buffer; declaredSize?: number };

/** A zip of deflated parts, sizes in the local headers and the central directory (as spreadsheet programs write). */
function craftZip(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const stamp = { date: 0x5b21, time: 0 };
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const compressed = deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, compressed);
    central.push(centralHeader({ name, crc, compressedSize: compressed.length, size, offset }, stamp));
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([...chunks, directory, endOfCentralDirectory(parts.length, directory.length, offset)]);
}

const CONTENT_TYPES = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

describe('xlsx decompression bombs', () => {
  it('refuses a 5 MB-or-smaller workbook whose sheet inflates past the budget', async () => {
    const bomb = craftZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_EXPANDED_BYTES + 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    const result = await parseUpload('bomb.xlsx', bomb);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^This \.xlsx file would expand to more than 50 MB when opened/) });
  });

  it('does not trust the declared sizes: a part that inflates to more than it says is refused', async () => {
    const liar = craftZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_EXPANDED_BYTES + 1024, 0x20), declaredSize: 1000 }]);
    expect(await parseUpload('liar.xlsx', liar)).toEqual({ ok: false, error: expect.stringContaining('would expand to more than 50 MB') });
    const smallLie = craftZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5000, 0x20), declaredSize: 1000 }]);
    expect(await parseUpload('small-lie.xlsx', smallLie)).toEqual({ ok: false, error: expect.stringContaining('not the sizes it declares') });
  });

  it('refuses a workbook with thousands of parts', async () => {
    const many = craftZip(Array.from({ length: 1500 }, (_, i) => ({ name: `xl/media/p${i}.xml`, data: Buffer.from('x') })));
    expect(await parseUpload('many.xlsx', many)).toEqual({ ok: false, error: expect.stringContaining('holds 1500 parts') });
  });

  it('a truncated directory is "damaged", never a crash', async () => {
    const good = craftZip([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    expect(await parseUpload('cut.xlsx', good.subarray(0, good.length - 30))).toEqual({ ok: false, error: expect.stringContaining('may be damaged') });
  });

  it('a real workbook still opens', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Schools');
    sheet.addRow(['slug', 'name']);
    for (let i = 0; i < 500; i++) sheet.addRow([`school-${i}`, `School ${i}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await parseUpload('real.xlsx', bytes);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.upload.records).toHaveLength(500);
  });
});
