import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { toAlbResult, toApiGatewayV1Result, toApiGatewayV2Result, toStreamingPrelude } from '../src/response.js';

const EXPIRES = 'session=abc; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/; HttpOnly';
const BINARY = Uint8Array.from([0, 0xff, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);

function withCookies(): Response {
  const headers = new Headers({ 'content-type': 'text/plain', 'x-multi': 'a' });
  headers.append('x-multi', 'b');
  headers.append('set-cookie', EXPIRES);
  headers.append('set-cookie', 'theme=dark');
  return new Response('ok', { status: 201, headers });
}

describe('bodies', () => {
  it('sends text as is and binary as base64, byte-exact', async () => {
    const text = await toApiGatewayV2Result(
      new Response('héllo ✓', { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
    );
    expect(text).toMatchObject({ body: 'héllo ✓', isBase64Encoded: false });
    const bin = await toApiGatewayV2Result(new Response(BINARY, { headers: { 'content-type': 'image/png' } }));
    expect(bin.isBase64Encoded).toBe(true);
    expect(new Uint8Array(Buffer.from(bin.body, 'base64'))).toEqual(BINARY);
  });

  it('base64s gzip JSON (any non-identity content-encoding) and keeps the bytes', async () => {
    const gz = gzipSync(JSON.stringify({ a: 1 }));
    const res = new Response(gz, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
    const result = await toApiGatewayV1Result(res);
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(result.body, 'base64').equals(gz)).toBe(true);
  });

  it('base64s a "text" body that is not valid UTF-8 instead of mangling it', async () => {
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]);
    const result = await toApiGatewayV2Result(
      new Response(latin1, { headers: { 'content-type': 'text/plain; charset=iso-8859-1' } }),
    );
    expect(result.isBase64Encoded).toBe(true);
    expect(new Uint8Array(Buffer.from(result.body, 'base64'))).toEqual(latin1);
  });

  it('sends an empty string for 204, 304 and HEAD', async () => {
    expect((await toApiGatewayV2Result(new Response(null, { status: 204 }))).body).toBe('');
    expect((await toApiGatewayV1Result(new Response(null, { status: 304 }))).body).toBe('');
    const head = await toAlbResult(new Response('body'), { multiValue: false, method: 'HEAD' });
    expect(head).toMatchObject({ body: '', isBase64Encoded: false, statusCode: 200 });
  });

  it('keeps a UTF-8 header value as UTF-8 text in the JSON', async () => {
    const value = Buffer.from('Zürich', 'utf8').toString('latin1');
    const result = await toApiGatewayV2Result(new Response('x', { headers: { 'x-city': value } }));
    expect(result.headers['x-city']).toBe('Zürich');
  });
});

describe('Set-Cookie and repeated headers per shape', () => {
  it('v2: every Set-Cookie in cookies[], none left in headers', async () => {
    const result = await toApiGatewayV2Result(withCookies());
    expect(result.cookies).toEqual([EXPIRES, 'theme=dark']);
    expect(result.headers['set-cookie']).toBeUndefined();
    expect(result.headers['x-multi']).toBe('a, b');
    expect(result.statusCode).toBe(201);
  });

  it('v1: every Set-Cookie in multiValueHeaders, none in headers', async () => {
    const result = await toApiGatewayV1Result(withCookies());
    expect(result.multiValueHeaders).toEqual({ 'set-cookie': [EXPIRES, 'theme=dark'] });
    expect(result.headers['set-cookie']).toBeUndefined();
    expect(result.headers['content-type']).toBe('text/plain');
  });

  it('ALB multi-value: everything in multiValueHeaders, no headers, statusDescription', async () => {
    const result = await toAlbResult(withCookies(), { multiValue: true });
    expect(result.headers).toBeUndefined();
    expect(result.multiValueHeaders?.['set-cookie']).toEqual([EXPIRES, 'theme=dark']);
    expect(result.multiValueHeaders?.['x-multi']).toEqual(['a, b']);
    expect(result.statusDescription).toBe('201 Created');
  });

  it('ALB single-value: headers only, the first Set-Cookie kept and the drop logged as a warning', async () => {
    const warn = vi.fn();
    const result = await toAlbResult(withCookies(), { multiValue: false, log: { warn } });
    expect(result.multiValueHeaders).toBeUndefined();
    expect(result.headers?.['set-cookie']).toBe(EXPIRES);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/dropped/);
    expect(JSON.stringify(warn.mock.calls[0]?.[1])).toMatch(/multi_value_headers/);
  });

  it('ALB statusDescription uses the status text table, or the Response statusText', async () => {
    expect((await toAlbResult(new Response('x', { status: 404 }), { multiValue: false })).statusDescription).toBe(
      '404 Not Found',
    );
    const custom = new Response('x', { status: 299, statusText: 'Fine' });
    expect((await toAlbResult(custom, { multiValue: false })).statusDescription).toBe('299 Fine');
  });
});

describe('toStreamingPrelude', () => {
  it('has status, headers without Set-Cookie, and the cookies apart', () => {
    expect(toStreamingPrelude(withCookies())).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'text/plain', 'x-multi': 'a, b' },
      cookies: [EXPIRES, 'theme=dark'],
    });
  });
});
