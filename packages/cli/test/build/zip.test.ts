import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/build/crc32.js';
import { createZip } from '../../src/build/zip.js';
import { freshOutDir } from './helpers.js';

// Reads an archive back by its central directory, as unzip does.
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const body = zip.subarray(dataStart, dataStart + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('createZip', () => {
  const text = Buffer.from('export const handler = async () => "ok";\n'.repeat(200));
  const noise = randomBytes(4096);

  it('writes an archive whose files read back byte-exact (deflated text, stored random bytes)', () => {
    const zip = createZip([
      { name: 'index.mjs', data: text },
      { name: 'assets/noise.bin', data: noise },
      { name: 'empty.txt', data: new Uint8Array() },
    ]);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['index.mjs', 'assets/noise.bin', 'empty.txt']);
    expect(files.get('index.mjs')?.equals(text)).toBe(true);
    expect(files.get('assets/noise.bin')?.equals(noise)).toBe(true);
    expect(files.get('empty.txt')?.length).toBe(0);
    expect(zip.length).toBeLessThan(text.length + noise.length);
  });

  it('is reproducible: the same files give the same bytes', () => {
    const entries = [{ name: 'index.mjs', data: text }];
    expect(createZip(entries).equals(createZip(entries))).toBe(true);
  });

  it('passes `unzip -t` and lists the files (Info-ZIP reads it as Lambda does)', () => {
    const file = join(freshOutDir('zip'), 'function.zip');
    writeFileSync(
      file,
      createZip([
        { name: 'index.mjs', data: text },
        { name: 'ünïcode.txt', data: noise },
      ]),
    );
    const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test).toMatch(/No errors detected/);
    const list = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(list).toMatch(new RegExp(`${text.length}\\s+1980-01-01 00:00\\s+index\\.mjs`));
    expect(list).toMatch(/ünïcode\.txt/);
  });
});
