// A streaming ZIP writer: entries go to a Node Writable one after another, each raw-deflated by node:zlib while
// it is written, so an archive of any size needs only a few buffers of memory. Sizes are not known when an
// entry starts, so its local header sets the "data descriptor" flag and the CRC and sizes follow the data
// (the central directory at the end repeats them). ZIP32 only: past 4 GiB or 65,535 entries the writer throws
// instead of writing a file no reader can open.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import { whenDrained } from './drain';
import type { DeflatedContent } from './zip-deflated-part';
import { ZipEntryWriter } from './zip-entry';
import { ZIP32_LIMITS, ZipLimitError, type ZipLimits } from './zip-limits';
import { centralHeader, dataDescriptor, dosDateTime, endOfCentralDirectory, localHeader, type CentralRecord, type DosStamp } from './zip-records';

export { ZIP32_LIMITS, ZipLimitError, type ZipEntryWriter, type ZipLimits };

export type ZipOptions = {
  /** Written as every entry's modification time (UTC fields, so the same input gives the same bytes anywhere). */
  modified: Date;
  /** zlib level, 0–9 (default zlib's 6). Lower is faster and a little larger. */
  level?: number;
  /** Lower than ZIP32_LIMITS only in tests, to reach the limit without writing 4 GiB. */
  limits?: ZipLimits;
};

export class ZipStreamWriter {
  private written = 0;
  private readonly records: CentralRecord[] = [];
  private openEntry: ZipEntryWriter | null = null;
  private ended = false;
  private readonly limits: ZipLimits;
  private readonly stamp: DosStamp;

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

  /** Writes a whole entry from memory. */
  async addEntry(name: string, content: string | Uint8Array): Promise<void> {
    const entry = await this.startEntry(name);
    await entry.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    await entry.end();
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
    this.push(localHeader(nameBytes, this.stamp));
    return (crc: number, compressedSize: number, size: number) => {
      this.push(dataDescriptor(crc, compressedSize, size));
      this.records.push({ name: nameBytes, crc, compressedSize, size, offset });
    };
  }

  /** Writes the central directory, ends the output, and resolves once it has all been handed over. */
  async end(): Promise<void> {
    if (this.ended) throw new Error('The ZIP has already ended');
    if (this.openEntry) throw new Error(`Entry "${this.openEntry.name}" is still open; end it before ending the ZIP`);
    this.ended = true;
    const directoryOffset = this.written;
    for (const record of this.records) this.push(centralHeader(record, this.stamp));
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
}
