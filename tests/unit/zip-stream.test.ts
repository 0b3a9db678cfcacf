// The streaming ZIP writer, read back by an independent reader (Python's zipfile): names, contents, CRCs; the
// CRC-32 (node:zlib) against known values; back-pressure; and the errors instead of a corrupt archive.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatedPart } from '@/lib/export/zip-deflated-part';
import { dosDateTime } from '@/lib/export/zip-records';
import { ZipLimitError, ZipStreamWriter } from '@/lib/export/zip-stream';

const MODIFIED = new Date('2026-03-04T05:06:08Z');

/** Runs a ZIP writer into memory and returns the bytes. */
async function zipBytes(write: (zip: ZipStreamWriter) => Promise<void>, options: Partial<ConstructorParameters<typeof ZipStreamWriter>[1]> = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(out, 'end');
  const zip = new ZipStreamWriter(out, { modified: MODIFIED, ...options });
  await write(zip);
  await zip.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Python's zipfile: testzip() result, and per entry its name, size, time, flags and content (base64). */
function readWithPython(bytes: Buffer) {
  const script = [
    'import base64, io, json, sys, zipfile',
    'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
    'print(json.dumps({"bad": z.testzip(), "entries": [{"name": i.filename, "size": i.file_size, "time": list(i.date_time),',
    '  "flags": i.flag_bits, "data": base64.b64encode(z.read(i)).decode()} for i in z.infolist()]}))',
  ].join('\n');
  const report = JSON.parse(execFileSync('python3', ['-c', script], { input: bytes, encoding: 'utf8' })) as {
    bad: string | null;
    entries: { name: string; size: number; time: number[]; flags: number; data: string }[];
  };
  return { bad: report.bad, entries: report.entries.map((e) => ({ ...e, text: Buffer.from(e.data, 'base64').toString('utf8') })) };
}

// node:zlib's crc32 is what the writer uses; these pin the IEEE values ZIP readers check and the incremental
// form (previous value as the second argument) the writer relies on while an entry streams.
describe('crc32', () => {
  it('matches the known check values', () => {
    expect(crc32(Buffer.from(''))).toBe(0);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    expect(crc32(Buffer.from([0]))).toBe(0xd202ef8d);
    expect(crc32(Buffer.alloc(32, 0xff))).toBe(0xff6cab0b);
  });

  it('gives the same value in pieces of any size as in one go', () => {
    const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 31 + 7) & 0xff));
    const whole = crc32(bytes);
    for (const piece of [1, 3, 7, 8, 9, 1000]) {
      let crc = 0;
      for (let i = 0; i < bytes.length; i += piece) crc = crc32(bytes.subarray(i, i + piece), crc);
      expect(crc, `pieces of ${piece}`).toBe(whole);
    }
  });
});

describe('ZipStreamWriter', () => {
  it('writes an archive Python reads back intact: names (UTF-8), contents, CRCs, time, data-descriptor flag', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i} ${(i * 7919) % 1000}\n`);
    const bytes = await zipBytes(async (zip) => {
      await zip.addEntry('hello.txt', 'Hello, world');
      await zip.addEntry('empty.txt', '');
      const entry = await zip.startEntry('dir/ünïcödé ✓ 日本.txt');
      for (let i = 0; i < lines.length; i += 97) await entry.write(Buffer.from(lines.slice(i, i + 97).join('')));
      await entry.end();
      const part = new DeflatedPart(zip.maxEntryBytes, zip.level);
      await part.write(Buffer.from('deflated earlier '.repeat(100)));
      await zip.addDeflatedEntry('later.txt', await part.finish());
    });
    const { bad, entries } = readWithPython(bytes);
    expect(bad).toBeNull();
    expect(entries.map((e) => e.name)).toEqual(['hello.txt', 'empty.txt', 'dir/ünïcödé ✓ 日本.txt', 'later.txt']);
    expect(entries[0].text).toBe('Hello, world');
    expect(entries[1].size).toBe(0);
    expect(entries[2].text).toBe(lines.join(''));
    expect(entries[3].text).toBe('deflated earlier '.repeat(100));
    for (const entry of entries) {
      expect(entry.time).toEqual([2026, 3, 4, 5, 6, 8]);
      expect(entry.flags & 0x0808).toBe(0x0808);
    }
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
  });

  it('waits for a slow reader instead of buffering the whole entry', async () => {
    let waiting = 0;
    let maxBuffered = 0;
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        waiting++;
        setTimeout(() => {
          waiting--;
          done();
        }, 1);
      },
    });
    const zip = new ZipStreamWriter(out, { modified: MODIFIED, level: 0 });
    const entry = await zip.startEntry('big.bin');
    // Incompressible-ish at level 0: every written byte reaches the output.
    for (let i = 0; i < 100; i++) {
      await entry.write(Buffer.alloc(16 * 1024, i));
      maxBuffered = Math.max(maxBuffered, out.writableLength);
    }
    await entry.end();
    await zip.end();
    expect(waiting).toBe(0);
    // 1.6 MB went through; the output never held more than a few chunks.
    expect(maxBuffered).toBeLessThan(256 * 1024);
  });

  it('stores the modification time as DOS fields, clamped to 1980–2107', () => {
    expect(dosDateTime(new Date('2026-03-04T05:06:08Z'))).toEqual({ date: (46 << 9) | (3 << 5) | 4, time: (5 << 11) | (6 << 5) | 4 });
    expect(dosDateTime(new Date('1970-01-01T00:00:00Z'))).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(dosDateTime(new Date('2200-01-01T00:00:00Z'))).toEqual({ date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 });
  });

  it('refuses more entries than ZIP32 can count, with a clear error', async () => {
    const zip = new ZipStreamWriter(new PassThrough(), { modified: MODIFIED, limits: { maxBytes: 0xffffffff, maxEntries: 2 } });
    await zip.addEntry('a', 'a');
    await zip.addEntry('b', 'b');
    await expect(zip.startEntry('c')).rejects.toThrow(ZipLimitError);
    await expect(zip.startEntry('c')).rejects.toThrow(/at most 2 entries/);
  });

  it('refuses an entry or archive larger than ZIP32 can describe, with a clear error', async () => {
    const big = new ZipStreamWriter(new PassThrough(), { modified: MODIFIED, limits: { maxBytes: 1000, maxEntries: 0xffff } });
    const entry = await big.startEntry('big');
    await entry.write(Buffer.alloc(600));
    await expect(entry.write(Buffer.alloc(600))).rejects.toThrow(/at most 1000 bytes; "big" would be larger/);
    await expect(entry.end()).rejects.toThrow(ZipLimitError);

    // Incompressible content pushes the archive itself past the limit while it deflates.
    const archive = new ZipStreamWriter(new PassThrough(), { modified: MODIFIED, level: 0, limits: { maxBytes: 500, maxEntries: 0xffff } });
    const noise = await archive.startEntry('noise');
    await noise.write(Buffer.from(Array.from({ length: 450 }, (_, i) => (i * 131) & 0xff)));
    await expect(noise.end()).rejects.toThrow(/A ZIP32 file holds at most 500 bytes/);
  });

  it('refuses writes after an entry or the archive has ended, and a second open entry', async () => {
    const zip = new ZipStreamWriter(new PassThrough(), { modified: MODIFIED });
    const first = await zip.startEntry('first');
    await expect(zip.startEntry('second')).rejects.toThrow(/"first" is still open/);
    await expect(zip.end()).rejects.toThrow(/still open/);
    await first.end();
    await expect(first.write(Buffer.from('x'))).rejects.toThrow(/has ended/);
    await zip.end();
    await expect(zip.startEntry('late')).rejects.toThrow(/has ended/);
    await expect(zip.end()).rejects.toThrow(/already ended/);
  });

  it('fails instead of hanging when the reader goes away mid-entry', async () => {
    const out = new Writable({ highWaterMark: 1024, write: () => undefined }); // never takes a chunk
    const zip = new ZipStreamWriter(out, { modified: MODIFIED, level: 0 });
    const entry = await zip.startEntry('stuck');
    setTimeout(() => out.destroy(), 20);
    await expect(
      (async () => {
        for (let i = 0; i < 1000; i++) await entry.write(Buffer.alloc(4096, i));
        await entry.end();
      })(),
    ).rejects.toThrow(/closed/);
  });
});
