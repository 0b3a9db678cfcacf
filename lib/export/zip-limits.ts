// What a ZIP32 archive can describe: sizes and offsets are 32-bit fields and the entry count a 16-bit one.
// Past them a writer must stop with this error rather than write a file no reader can open.
export type ZipLimits = { maxBytes: number; maxEntries: number };

export const ZIP32_LIMITS: ZipLimits = { maxBytes: 0xffffffff, maxEntries: 0xffff };

export class ZipLimitError extends Error {
  name = 'ZipLimitError';
}
