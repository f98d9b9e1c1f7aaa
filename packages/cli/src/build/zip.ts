import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';

/** One file of a ZIP archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  readonly name: string;
  readonly data: Uint8Array;
}

// DOS date of 1980-01-01 00:00: a fixed time keeps the archive (and Lambda's CodeSha256) reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DEFLATE = 8;
const STORE = 0;
const VERSION = 20;
// Unix host (3) with rw-r--r-- regular-file permissions in the external attributes.
const MADE_BY = (3 << 8) | VERSION;
const FILE_MODE = (0o100644 << 16) >>> 0;

/**
 * Writes a ZIP archive (deflate, or store when deflate does not help), the format Lambda and most
 * tools read. No ZIP64: each file and the archive must stay under 4 GiB.
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 *
 * @example
 * writeFileSync('function.zip', createZip([{ name: 'index.mjs', data: bundle }]))
 */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data);
    const stored = deflated.length >= entry.data.length;
    const body = stored ? Buffer.from(entry.data) : deflated;
    const fields = {
      crc: crc32(entry.data),
      method: stored ? STORE : DEFLATE,
      size: body.length,
      raw: entry.data.length,
    };
    locals.push(localHeader(name, fields), body);
    centrals.push(centralHeader(name, fields, offset));
    offset += 30 + name.length + body.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endOfCentralDirectory(entries.length, central.length, offset)]);
}

interface Fields {
  readonly crc: number;
  readonly method: number;
  readonly size: number;
  readonly raw: number;
}

function localHeader(name: Buffer, f: Fields): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(VERSION, 4);
  // Bit 11: the name is UTF-8.
  b.writeUInt16LE(0x0800, 6);
  b.writeUInt16LE(f.method, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(f.crc, 14);
  b.writeUInt32LE(f.size, 18);
  b.writeUInt32LE(f.raw, 22);
  b.writeUInt16LE(name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, name]);
}

function centralHeader(name: Buffer, f: Fields, offset: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(MADE_BY, 4);
  b.writeUInt16LE(VERSION, 6);
  b.writeUInt16LE(0x0800, 8);
  b.writeUInt16LE(f.method, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(f.crc, 16);
  b.writeUInt32LE(f.size, 20);
  b.writeUInt32LE(f.raw, 24);
  b.writeUInt16LE(name.length, 28);
  b.writeUInt32LE(FILE_MODE, 38);
  b.writeUInt32LE(offset, 42);
  return Buffer.concat([b, name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}
