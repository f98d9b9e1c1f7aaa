// The CRC-32 of ZIP (IEEE 802.3, reflected polynomial 0xEDB88320); `zlib.crc32` is not on every Node 20.
const TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c >>> 0;
}

/**
 * CRC-32 of `data`, as a ZIP local header records it.
 *
 * @example
 * crc32(new TextEncoder().encode('hello')) // 0x3610a686
 */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
