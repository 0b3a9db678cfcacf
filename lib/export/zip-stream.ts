// A streaming ZIP writer: entries go to a Node Writable one after another, each raw-deflated by node:zlib while
// it is written, so an archive of any size needs only a few buffers of memory. Sizes are not known when an
// entry starts, so its local header sets the "data descriptor" flag and the CRC and sizes follow the data
// (the central directory at the end repeats them). ZIP32 only: past 4 GiB or 65,535 entries the writer throws
// instead of writing a file no reader can open.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import { updateCrc32 } from './crc32';
import { whenDrained } from './drain';
import type { DeflatedContent } from './zip-deflated-part';
import { ZIP32_LIMITS, ZipLimitError, type ZipLimits } from './zip-limits';

export { ZIP32_LIMITS, ZipLimitError, type ZipLimits };

export type ZipOptions = {
  /** Written as every entry's modification time (UTC fields, so the same input gives the same bytes anywhere). */
  modified: Date;
  /** zlib level; 1–9. Lower is faster and a little larger. */
  level?: number;
  /** Lower than ZIP32_LIMITS only in tests, to reach the limit without writing 4 GiB. */
  limits?: ZipLimits;
};

type CentralRecord = { name: Buffer; crc: number; compressedSize: number; size: number; offset: number };

const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8_NAME = 0x0800;
const METHOD_DEFLATE = 8;
const VERSION_NEEDED = 20; // 2.0: deflate

const DOS_EPOCH = Date.UTC(1980, 0, 1);
const DOS_LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

/** MS-DOS date and time words (two-second resolution; dates outside 1980–2107 are clamped to the range). */
export function dosDateTime(when: Date): { date: number; time: number } {
  const d = new Date(Math.min(DOS_LAST, Math.max(DOS_EPOCH, when.getTime())));
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

export class ZipStreamWriter {
  private written = 0;
  private readonly records: CentralRecord[] = [];
  private openEntry: ZipEntryWriter | null = null;
  private ended = false;
  private readonly limits: ZipLimits;
  private readonly stamp: { date: number; time: number };

  constructor(
    private readonly out: Writable,
    private readonly options: ZipOptions,
  ) {
    this.limits = options.limits ?? ZIP32_LIMITS;
    this.stamp = dosDateTime(options.modified);
  }

  /** Starts the next entry; the previous one must have ended (entries are written strictly one after another). */
  async startEntry(name: string): Promise<ZipEntryWriter> {
    const finish = this.beginEntry(name);
    const entry = new ZipEntryWriter(name, this.level, this.limits.maxBytes, {
      push: (bytes) => this.push(bytes),
      drained: () => whenDrained(this.out),
      close: (crc, compressedSize, size) => {
        this.openEntry = null;
        finish(crc, compressedSize, size);
      },
    });
    this.openEntry = entry;
    await whenDrained(this.out);
    return entry;
  }

  /** Writes an entry that was deflated into memory earlier (see DeflatedPart). */
  async addDeflatedEntry(name: string, content: DeflatedContent): Promise<void> {
    const finish = this.beginEntry(name);
    for (const chunk of content.chunks) if (!this.push(chunk)) await whenDrained(this.out);
    finish(content.crc, content.compressedSize, content.size);
    await whenDrained(this.out);
  }

  /** The level entries are deflated at; a DeflatedPart meant for this archive should use it too. */
  get level(): number {
    return this.options.level ?? zlib.constants.Z_DEFAULT_COMPRESSION;
  }

  get maxEntryBytes(): number {
    return this.limits.maxBytes;
  }

  /** Checks that an entry may start, writes its local header, and returns what writes its descriptor. */
  private beginEntry(name: string) {
    if (this.ended) throw new Error(`The ZIP has ended; cannot add "${name}"`);
    if (this.openEntry) throw new Error(`Entry "${this.openEntry.name}" is still open; end it before starting "${name}"`);
    if (this.records.length >= this.limits.maxEntries) {
      throw new ZipLimitError(`A ZIP32 file holds at most ${this.limits.maxEntries} entries; "${name}" would be one more`);
    }
    const nameBytes = Buffer.from(name, 'utf8');
    if (nameBytes.length === 0 || nameBytes.length > 0xffff) throw new Error(`Invalid ZIP entry name "${name}"`);
    const offset = this.written;
    this.push(this.localHeader(nameBytes));
    return (crc: number, compressedSize: number, size: number) => {
      this.push(dataDescriptor(crc, compressedSize, size));
      this.records.push({ name: nameBytes, crc, compressedSize, size, offset });
    };
  }

  /** Writes a whole entry from memory. */
  async addEntry(name: string, content: string | Uint8Array): Promise<void> {
    const entry = await this.startEntry(name);
    await entry.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    await entry.end();
  }

  /** Writes the central directory, ends the output, and resolves once it has all been handed over. */
  async end(): Promise<void> {
    if (this.ended) throw new Error('The ZIP has already ended');
    if (this.openEntry) throw new Error(`Entry "${this.openEntry.name}" is still open; end it before ending the ZIP`);
    this.ended = true;
    const directoryOffset = this.written;
    for (const record of this.records) this.push(this.centralHeader(record));
    this.push(endOfCentralDirectory(this.records.length, this.written - directoryOffset, directoryOffset));
    this.out.end();
    await finished(this.out, { readable: false });
  }

  private push(bytes: Buffer): boolean {
    if (this.written + bytes.length > this.limits.maxBytes) {
      throw new ZipLimitError(`A ZIP32 file holds at most ${this.limits.maxBytes} bytes; this archive would be larger`);
    }
    if (this.out.destroyed || this.out.writableEnded) throw new Error('The ZIP output closed before the archive was complete');
    this.written += bytes.length;
    return this.out.write(bytes);
  }

  private localHeader(name: Buffer): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION_NEEDED, 4);
    header.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8_NAME, 6);
    header.writeUInt16LE(METHOD_DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC-32 and sizes (14–25) stay zero: they follow the data in the descriptor.
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    return Buffer.concat([header, name]);
  }

  private centralHeader(record: CentralRecord): Buffer {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS attributes, version 2.0
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8_NAME, 8);
    header.writeUInt16LE(METHOD_DEFLATE, 10);
    header.writeUInt16LE(this.stamp.time, 12);
    header.writeUInt16LE(this.stamp.date, 14);
    header.writeUInt32LE(record.crc, 16);
    header.writeUInt32LE(record.compressedSize, 20);
    header.writeUInt32LE(record.size, 24);
    header.writeUInt16LE(record.name.length, 28);
    // Extra field, comment, disk number, internal and external attributes (30–41) stay zero.
    header.writeUInt32LE(record.offset, 42);
    return Buffer.concat([header, record.name]);
  }
}

function dataDescriptor(crc: number, compressedSize: number, size: number): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(compressedSize, 8);
  descriptor.writeUInt32LE(size, 12);
  return descriptor;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

type EntrySink = {
  push: (bytes: Buffer) => boolean;
  drained: () => Promise<void>;
  close: (crc: number, compressedSize: number, size: number) => void;
};

/** One entry's data: checksummed and deflated as it arrives; write() waits while the output is congested. */
export class ZipEntryWriter {
  private crc = 0;
  private size = 0;
  private compressedSize = 0;
  private ended = false;
  private failure: Error | null = null;
  private readonly deflate: zlib.DeflateRaw;

  constructor(
    readonly name: string,
    level: number,
    private readonly maxBytes: number,
    private readonly sink: EntrySink,
  ) {
    this.deflate = zlib.createDeflateRaw({ level });
    // Without a listener a failed deflate would crash the process; the failure surfaces from write()/end() instead.
    this.deflate.on('error', (error) => (this.failure ??= error));
    this.deflate.on('data', (chunk: Buffer) => this.forward(chunk));
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.assertWritable();
    if (bytes.length === 0) return;
    if (this.size + bytes.length > this.maxBytes) {
      this.fail(new ZipLimitError(`A ZIP32 entry holds at most ${this.maxBytes} bytes; "${this.name}" would be larger`));
      throw this.failure;
    }
    this.crc = updateCrc32(this.crc, bytes);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  /** Flushes the deflater, then writes the CRC and sizes after the data. */
  async end(): Promise<void> {
    this.assertWritable();
    this.ended = true;
    const flushed = once(this.deflate, 'end');
    this.deflate.end();
    await flushed;
    if (this.failure) throw this.failure;
    this.sink.close(this.crc, this.compressedSize, this.size);
    await this.sink.drained();
  }

  private forward(chunk: Buffer) {
    this.compressedSize += chunk.length;
    try {
      if (this.sink.push(chunk)) return;
    } catch (error) {
      return this.fail(error);
    }
    // The output is congested: stop reading the deflater until it drains; the deflater's own buffers then fill
    // and write() starts waiting, which is what holds the producer back.
    this.deflate.pause();
    this.sink.drained().then(
      () => this.deflate.resume(),
      (error: unknown) => this.fail(error),
    );
  }

  private fail(error: unknown) {
    this.failure ??= error instanceof Error ? error : new Error(String(error));
    this.deflate.destroy(this.failure);
  }

  private assertWritable() {
    if (this.failure) throw this.failure;
    if (this.ended) throw new Error(`ZIP entry "${this.name}" has ended; cannot write more`);
  }
}
