// Before exceljs opens an uploaded .xlsx (it inflates every part into memory before our row limit applies),
// read the zip's central directory and refuse a workbook that has too many parts or would expand past our
// budget. The declared sizes are not trusted: each part is inflated here, counting bytes and stopping at the
// budget, and a part whose real size differs from its declared one is refused as tampered (decision 041).
import { createInflateRaw } from 'node:zlib';

export const MAX_XLSX_PARTS = 1_000;
export const MAX_XLSX_EXPANDED_BYTES = 50 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export type ZipCheck = { ok: true } | { ok: false; error: string };
type Limits = { maxParts: number; maxExpandedBytes: number };

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const DAMAGED: ZipCheck = { ok: false, error: 'This .xlsx file could not be opened as an Excel workbook (it may be damaged).' };

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** Inflates `data` without keeping it, resolving with its size, or with null once it passes `budget`. */
function inflatedSize(data: Buffer, budget: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) finish(null);
    });
    inflate.on('end', () => finish(size));
    inflate.on('error', () => finish(-1));
    inflate.end(data);
  });
}

export async function checkZipExpansion(bytes: Uint8Array, limits: Limits = { maxParts: MAX_XLSX_PARTS, maxExpandedBytes: MAX_XLSX_EXPANDED_BYTES }): Promise<ZipCheck> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tooBig: ZipCheck = { ok: false, error: `This .xlsx file would expand to more than ${mb(limits.maxExpandedBytes)} when opened, far more than a spreadsheet of ${mb(buf.length)} should. Save it again from your spreadsheet program, or split it into smaller files.` };
  if (buf.length < 22) return DAMAGED;
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return DAMAGED;
  const parts = buf.readUInt16LE(eocd + 10);
  const directoryOffset = buf.readUInt32LE(eocd + 16);
  if (parts === 0xffff || directoryOffset === 0xffffffff) {
    return { ok: false, error: 'This .xlsx file uses the ZIP64 format, which a spreadsheet under 5 MB never needs. Save it again from your spreadsheet program.' };
  }
  if (parts > limits.maxParts) {
    return { ok: false, error: `This .xlsx file holds ${parts} parts; a workbook has a few dozen at most (the limit is ${limits.maxParts}). Save it again from your spreadsheet program.` };
  }
  let declared = 0;
  let actual = 0;
  let p = directoryOffset;
  for (let k = 0; k < parts; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) return DAMAGED;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const localOffset = buf.readUInt32LE(p + 42);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    declared += size;
    if (declared > limits.maxExpandedBytes) return tooBig;
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) return DAMAGED;
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (start + compressedSize > buf.length) return DAMAGED;
    const data = buf.subarray(start, start + compressedSize);
    let real: number | null;
    if (method === STORED) real = data.length;
    else if (method === DEFLATED) real = await inflatedSize(data, limits.maxExpandedBytes - actual);
    else return { ok: false, error: 'This .xlsx file uses a compression method spreadsheet programs do not. Save it again from your spreadsheet program.' };
    if (real === null) return tooBig;
    if (real < 0) return DAMAGED;
    if (real !== size) return { ok: false, error: 'This .xlsx file’s parts are not the sizes it declares, so it was not opened. Save it again from your spreadsheet program.' };
    actual += real;
  }
  return { ok: true };
}
