// One ZIP entry's data as it streams: checksummed and raw-deflated by node:zlib, the deflated bytes handed to
// the archive's output, with the output's back-pressure passed back to whoever writes.
import { once } from 'node:events';
import zlib from 'node:zlib';
import { ZipLimitError } from './zip-limits';

export type EntrySink = {
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
    this.crc = zlib.crc32(bytes, this.crc);
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
