import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/build/crc32.js';

describe('crc32', () => {
  it('gives the published check values', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(new TextEncoder().encode('hello'))).toBe(0x3610a686);
  });

  it('agrees with a bit-by-bit CRC-32 on random data', () => {
    const data = randomBytes(10_000);
    let reference = 0xffffffff;
    for (const byte of data) {
      reference ^= byte;
      for (let k = 0; k < 8; k++) reference = reference & 1 ? (reference >>> 1) ^ 0xedb88320 : reference >>> 1;
    }
    expect(crc32(data)).toBe((reference ^ 0xffffffff) >>> 0);
  });
});
