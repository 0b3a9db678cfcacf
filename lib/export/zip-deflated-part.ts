// An entry's content deflated into memory while something else streams, to be written as a whole later
// (ZipStreamWriter.addDeflatedEntry). A worksheet's hyperlink targets need this: they belong in a separate
// part that may only follow the sheet, and held compressed they take a tenth of the memory of the strings.
import { once } from 'node:events';
import zlib from 'node:zlib';
import { ZipLimitError } from './zip-limits';

export type DeflatedContent = { crc: number; size: number; compressedSize: number; chunks: Buffer[] };

export class DeflatedPart {
  private crc = 0;
  private size = 0;
  private compressedSize = 0;
  private readonly chunks: Buffer[] = [];
  private failure: Error | null = null;
  private finished = false;
  private readonly deflate: zlib.DeflateRaw;

  constructor(
    private readonly maxBytes: number,
    level: number = zlib.constants.Z_DEFAULT_COMPRESSION,
  ) {
    this.deflate = zlib.createDeflateRaw({ level });
    this.deflate.on('error', (error) => (this.failure ??= error));
    this.deflate.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.compressedSize += chunk.length;
    });
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.finished) throw new Error('This part is finished; cannot write more');
    if (this.size + bytes.length > this.maxBytes) throw new ZipLimitError(`A ZIP32 entry holds at most ${this.maxBytes} bytes`);
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  async finish(): Promise<DeflatedContent> {
    if (this.failure) throw this.failure;
    if (this.finished) throw new Error('This part is already finished');
    this.finished = true;
    const ended = once(this.deflate, 'end');
    this.deflate.end();
    await ended;
    return { crc: this.crc, size: this.size, compressedSize: this.compressedSize, chunks: this.chunks };
  }
}
