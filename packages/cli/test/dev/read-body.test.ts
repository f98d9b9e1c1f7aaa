import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/dev/read-body.js';

const stream = (sizes: number[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const [i, n] of sizes.entries()) c.enqueue(new Uint8Array(n).fill(i + 1));
      c.close();
    },
  });
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readBody', () => {
  it('returns the bytes, joined across chunks', async () => {
    expect(await readBody(post(stream([2, 3])), 10)).toEqual(new Uint8Array([1, 1, 2, 2, 2]));
    expect(await readBody(new Request('http://x/'), 10)).toEqual(new Uint8Array(0));
  });

  it('refuses over the limit from Content-Length before reading, and while reading a stream', async () => {
    expect(await readBody(post('x'.repeat(11)), 10)).toBeUndefined();
    expect(await readBody(post(stream([6, 6])), 10)).toBeUndefined();
    expect(await readBody(post('x'.repeat(10)), 10)).toHaveLength(10);
  });
});
