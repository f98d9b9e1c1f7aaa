// The verifier must catch what the scenarios exist to catch; otherwise a green suite means nothing.
import { describe, expect, it } from 'vitest';
import { canonicalSetCookie, diffBytes, type Echo, headerItems } from './helpers.js';
import { type ReceivedResponse, receive, verify } from './verify.js';

const enc = new TextEncoder();

function received(body: string | Uint8Array, status = 200, headers: HeadersInit = {}): ReceivedResponse {
  return { status, headers: new Headers(headers), body: typeof body === 'string' ? enc.encode(body) : body };
}

function echoBody(over: Partial<Echo> = {}): string {
  const echo: Echo = {
    provider: 'aws',
    invocationId: 'id-1',
    hasRaw: true,
    method: 'GET',
    url: 'https://x.test/a%2Fb?tag=a&tag=b',
    headers: { 'x-multi': 'a, b' },
    body: Buffer.from('hi').toString('base64'),
    ...over,
  };
  return JSON.stringify(echo);
}

describe('verify', () => {
  it('accepts a response that meets the expectation', () => {
    const res = received(echoBody());
    const want = {
      status: 200,
      echo: {
        method: 'GET',
        path: '/a%2Fb',
        search: '?tag=a&tag=b',
        params: [
          ['tag', 'a'],
          ['tag', 'b'],
        ] as const,
        headers: { 'x-multi': 'b, a' },
        body: 'hi',
      },
    };
    expect(verify(res, want, 'aws')).toEqual([]);
  });

  it('reports a lost repeated query key, a decoded path and a wrong provider', () => {
    const res = received(echoBody({ url: 'https://x.test/a/b?tag=b', provider: 'gcp' }));
    const out = verify(res, { status: 200, echo: { method: 'GET', path: '/a%2Fb', search: '?tag=a&tag=b' } }, 'aws');
    expect(out).toEqual([
      'ctx.provider "gcp", want aws',
      'path "/a/b", want "/a%2Fb"',
      'query "?tag=b", want "?tag=a&tag=b"',
    ]);
  });

  it('reports a missing raw context, an empty invocation id and a changed request body', () => {
    const res = received(echoBody({ hasRaw: false, invocationId: '', body: Buffer.from('ho').toString('base64') }));
    const out = verify(res, { status: 200, echo: { method: 'GET', body: 'hi' } }, 'aws');
    expect(out).toEqual([
      'ctx.raw is missing',
      'ctx.invocationId is empty',
      'request body: first difference at byte 1 of 2: got 0x6f, want 0x69',
    ]);
  });

  it('reports comma-joined Set-Cookie headers as a lost cookie', () => {
    const joined = 'a=1; Path=/, b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT';
    const res = received('', 200, { 'set-cookie': joined });
    const out = verify(
      res,
      { status: 200, setCookies: ['a=1; Path=/', 'b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT'] },
      'x',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Set-Cookie/);
  });

  it('reports a wrong status, a missing header, a present header that must be absent and a corrupted body', () => {
    const res = received(new Uint8Array([0xef, 0xbf, 0xbd]), 500, { 'content-encoding': 'gzip' });
    const out = verify(
      res,
      { status: 200, headers: { 'content-encoding': null, etag: '"v1"' }, body: new Uint8Array([0xff]) },
      'x',
    );
    expect(out).toEqual([
      'status 500, want 200',
      'response header content-encoding: "gzip", want absent',
      'response header etag: null, want "\\"v1\\"" (items "v1")',
      'body: first difference at byte 0 of 1: got 0xef, want 0xff (got "�")',
    ]);
  });

  it('reports a leaked error message and a JSON mismatch', () => {
    const out = verify(received('{"error":"hunter2"}', 500), { status: 500, bodyExcludes: ['hunter2'], json: {} }, 'x');
    expect(out).toEqual(['body contains "hunter2"', 'JSON {"error":"hunter2"}, want {}']);
  });

  it('reports a body that differs only in length, by digest', () => {
    const out = verify(received('abc'), { status: 200, bodyDigest: { length: 2, sha256: 'x' } }, 'x');
    expect(out[0]).toMatch(/^body digest \{"length":3/);
  });

  it('reads a streamed Response completely', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode('ab'));
        c.enqueue(enc.encode('c'));
        c.close();
      },
    });
    const res = await receive(new Response(stream, { status: 201 }));
    expect(res.status).toBe(201);
    expect(new TextDecoder().decode(res.body)).toBe('abc');
  });
});

describe('comparison helpers', () => {
  it('compares header values as multisets of items', () => {
    expect(headerItems('b, a,  c')).toEqual(['a', 'b', 'c']);
  });

  it('canonicalizes a Set-Cookie so attribute order and case do not matter, but values do', () => {
    const a = canonicalSetCookie('b=2; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT; HttpOnly');
    const b = canonicalSetCookie('b=2; httponly; expires=Wed, 21-Oct-2037 07:28:00 GMT; path=/');
    expect(a).toBe(b);
    expect(canonicalSetCookie('b=3; Path=/')).not.toBe(canonicalSetCookie('b=2; Path=/'));
  });

  it('locates the first differing byte, or a length difference', () => {
    expect(diffBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBeUndefined();
    expect(diffBytes(new Uint8Array([1]), new Uint8Array([1, 2]))).toBe('length 1, want 2');
  });
});
