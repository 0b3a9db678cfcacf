// CRC-32 (the IEEE polynomial ZIP uses), computed incrementally so a ZIP entry can be checksummed while it
// streams. Node 20 has no zlib.crc32, so this is table-driven JS: "slicing by 8" (eight 256-entry tables,
// eight input bytes per step) because a byte-at-a-time loop became a visible part of a large export's time.
const POLYNOMIAL = 0xedb88320;

function buildTables(): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t][n] = (tables[t - 1][n] >>> 8) ^ tables[0][tables[t - 1][n] & 0xff];
  }
  return tables;
}

const [T0, T1, T2, T3, T4, T5, T6, T7] = buildTables();

/** Continues a CRC-32 over more bytes: pass the previous result (0 to start); returns an unsigned 32-bit value. */
export function updateCrc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const low = c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    c =
      T7[low & 0xff] ^ T6[(low >>> 8) & 0xff] ^ T5[(low >>> 16) & 0xff] ^ T4[low >>> 24] ^
      T3[bytes[i + 4]] ^ T2[bytes[i + 5]] ^ T1[bytes[i + 6]] ^ T0[bytes[i + 7]];
  }
  for (; i < bytes.length; i++) c = T0[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export function crc32(bytes: Uint8Array): number {
  return updateCrc32(0, bytes);
}
