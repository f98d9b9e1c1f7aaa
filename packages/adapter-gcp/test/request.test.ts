import { createServer, IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { MalformedInputError } from '@faasport/core';
import { fromByteString, toByteString } from '@faasport/core/adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCloudFunction } from '../src/handler.js';
import { fromExpressRequest } from '../src/request.js';
import {
  type Echo,
  echo,
  echoOf,
  logCapture,
  type RunningFunction,
  rawRequest,
  serveFunction,
  withTransport,
} from './helpers.js';

let server: RunningFunction;
const logs = logCapture();
beforeAll(async () => {
  server = await serveFunction(toCloudFunction(echo, { logSink: logs.sink }));
});

function lastWarning(): string {
  const line = logs.records().at(-1) as { severity: string; error: { message: string } };
  expect(line.severity).toBe('WARNING');
  return line.error.message;
}
afterAll(() => server.close());

async function rawEcho(options: Parameters<typeof rawRequest>[1]): Promise<Echo & { bytes: Buffer }> {
  const res = await rawRequest(server.port, options);
  expect(res.status, res.body.toString()).toBe(200);
  const seen = JSON.parse(res.body.toString('utf8')) as Echo;
  return { ...seen, bytes: Buffer.from(seen.body, 'base64') };
}

function header(seen: Echo, name: string): string | undefined {
  return seen.headers.find(([n]) => n === name)?.[1];
}

describe('URL', () => {
  it('keeps method, scheme, host, path and the raw query (repeated keys, +, %2B, %20)', async () => {
    const url = 'https://api.example.com/orders/42?a=1&a=2&q=a+b&plus=%2B&space=%20&empty=';
    const seen = await withTransport(echo, async (fetch) => echoOf(await fetch(new Request(url, { method: 'PUT' }))));
    expect(seen.method).toBe('PUT');
    expect(seen.url).toBe(url);
  });

  it('uses http when x-forwarded-proto is absent, and keeps the Host port', async () => {
    const seen = await rawEcho({ path: '/p?x=%2B&x=+', headers: ['Host', 'example.com:8080'] });
    expect(seen.url).toBe('http://example.com:8080/p?x=%2B&x=+');
  });

  it('takes the first value of a proxy-appended x-forwarded-proto list', async () => {
    const seen = await rawEcho({ path: '/', headers: ['Host', 'example.com', 'X-Forwarded-Proto', 'https, http'] });
    expect(seen.url).toBe('https://example.com/');
  });

  it('answers 400 for an x-forwarded-proto that is not http or https', async () => {
    const res = await rawRequest(server.port, {
      path: '/',
      headers: ['Host', 'example.com', 'X-Forwarded-Proto', 'ftp'],
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).toBe('Bad Request');
    expect(lastWarning()).toContain('x-forwarded-proto must be http or https, got "ftp"');
  });

  it('accepts an absolute-form request target, which overrides Host', async () => {
    const seen = await rawEcho({ path: 'https://other.example/x?y=1', headers: ['Host', 'example.com'] });
    expect(seen.url).toBe('https://other.example/x?y=1');
  });

  it('answers 400 for a method a Web Request cannot carry (TRACE)', async () => {
    const res = await rawRequest(server.port, { method: 'TRACE', path: '/' });
    expect(res.status).toBe(400);
    expect(lastWarning()).toContain('TRACE');
  });
});

describe('headers', () => {
  it('keeps repeated headers (joined as Headers does) and their values untouched', async () => {
    const seen = await rawEcho({
      path: '/',
      headers: ['Host', 'example.com', 'X-Multi', 'one', 'x-multi', 'two', 'Accept', 'text/html, application/json'],
    });
    expect(header(seen, 'x-multi')).toBe('one, two');
    expect(header(seen, 'accept')).toBe('text/html, application/json');
  });

  it('joins repeated Cookie lines with "; " so they still parse as cookies', async () => {
    const seen = await rawEcho({ path: '/', headers: ['Host', 'h', 'Cookie', 'a=1; b=2', 'cookie', 'c=3'] });
    expect(header(seen, 'cookie')).toBe('a=1; b=2; c=3');
  });

  it('passes a cookie sent through the transport', async () => {
    const request = new Request('https://h.example/', { headers: { cookie: 'session=abc; theme=dark' } });
    const seen = await withTransport(echo, async (fetch) => echoOf(await fetch(request)));
    expect(header(seen, 'cookie')).toBe('session=abc; theme=dark');
  });

  it('carries UTF-8 header values as byte strings (no ByteString error)', async () => {
    const city = 'Zürich — 東京';
    const seen = await rawEcho({ path: '/', headers: ['Host', 'h', 'X-City', toByteString(city)] });
    expect(fromByteString(header(seen, 'x-city') ?? '')).toBe(city);
  });

  it('converts values above U+00FF, which only a hand-built request can hold, with toByteString', async () => {
    const req = new IncomingMessage(new Socket());
    req.method = 'GET';
    req.url = '/';
    req.headers = { host: 'h.example' };
    req.rawHeaders = ['Host', 'h.example', 'X-City', '東京'];
    const request = await fromExpressRequest(req);
    expect(request.headers.get('x-city')).toBe(toByteString('東京'));
  });

  it('throws a MalformedInputError naming the request when a hand-built header name is not a token', async () => {
    const req = new IncomingMessage(new Socket());
    req.method = 'GET';
    req.url = '/p';
    req.headers = { host: 'h.example' };
    req.rawHeaders = ['Host', 'h.example', 'Bad Name', 'x'];
    const request = await fromExpressRequest(req);
    expect(() => request.headers).toThrow(MalformedInputError);
    expect(() => request.headers).toThrow('request headers of GET http://h.example/p are not valid HTTP headers');
  });
});

describe('lazy Web Request', () => {
  function handBuilt(method: string, body?: Buffer): IncomingMessage & { rawBody?: Buffer } {
    const req: IncomingMessage & { rawBody?: Buffer } = new IncomingMessage(new Socket());
    req.method = method;
    req.url = '/a b/ü?q=1';
    req.headers = { host: 'h.example', ...(body && { 'content-length': String(body.byteLength) }) };
    req.rawHeaders = ['Host', 'h.example', 'X-One', '1'];
    if (body) req.rawBody = body;
    return req;
  }

  it('is a Request with the URL normalized as new Request would, built without a stream read', () => {
    const request = fromExpressRequest(handBuilt('GET'));
    expect(request).toBeInstanceOf(Request);
    expect(request).not.toBeInstanceOf(Promise);
    const real = request as Request;
    expect(real.url).toBe(new Request('http://h.example/a b/ü?q=1').url);
    expect(real.headers.get('x-one')).toBe('1');
  });

  it('gives bytes() as a copy, so changing it leaves FF rawBody alone', async () => {
    const raw = Buffer.from('{"a":1}');
    const request = (await fromExpressRequest(handBuilt('POST', raw))) as Request;
    const bytes = await request.bytes();
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    bytes[0] = 0;
    expect(raw.toString()).toBe('{"a":1}');
    await expect(request.text()).rejects.toThrow(TypeError);
  });

  it('materializes a real body stream when the handler asks for one', async () => {
    const request = (await fromExpressRequest(handBuilt('PUT', Buffer.from('streamed')))) as Request;
    const text = await new Response(request.body).text();
    expect(text).toBe('streamed');
  });
});

describe('body', () => {
  const post = (contentType: string | undefined, body: Uint8Array, extra: string[] = []) =>
    rawEcho({
      method: 'POST',
      path: '/',
      headers: ['Host', 'h', ...(contentType ? ['Content-Type', contentType] : []), ...extra],
      body,
    });

  it.each([
    ['application/json', '{"b":2,  "a":[1,2]}\n'],
    ['application/x-www-form-urlencoded', 'a=1&a=2&plus=%2B&space=+'],
    ['text/plain; charset=utf-8', 'héllo — 東京 🚀'],
    ['application/cloudevents+json', '{"specversion":"1.0"}'],
  ])('gives the %s body byte for byte although FF parsed it', async (type, text) => {
    const bytes = Buffer.from(text, 'utf8');
    const seen = await post(type, bytes);
    expect(seen.bytes.equals(bytes)).toBe(true);
    expect(header(seen, 'content-type')).toBe(type);
  });

  it('gives a latin1 text body as the bytes sent, not re-encoded', async () => {
    const bytes = Buffer.from('café', 'latin1');
    const seen = await post('text/plain; charset=iso-8859-1', bytes);
    expect(seen.bytes.equals(bytes)).toBe(true);
  });

  it('gives binary bytes (all 256 values) exactly', async () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
    const seen = await post('application/octet-stream', bytes);
    expect(seen.bytes.equals(bytes)).toBe(true);
  });

  it('gives an uploaded gzip file (content-type application/gzip) exactly', async () => {
    const bytes = gzipSync(Buffer.from('a gzip file'));
    const seen = await post('application/gzip', bytes);
    expect(seen.bytes.equals(bytes)).toBe(true);
  });

  it('gives the inflated bytes of a content-encoding: gzip body and drops the stale encoding headers', async () => {
    const json = Buffer.from(JSON.stringify({ big: 'x'.repeat(1000) }));
    const seen = await post('application/json', gzipSync(json), ['Content-Encoding', 'gzip']);
    expect(seen.bytes.equals(json)).toBe(true);
    expect(header(seen, 'content-encoding')).toBeUndefined();
    expect(header(seen, 'content-length')).toBe(String(json.byteLength));
  });

  it('reads the stream itself when FF skipped the body (no content type): bytes and encoding as sent', async () => {
    const bytes = gzipSync(Buffer.from('no content type'));
    const seen = await post(undefined, bytes, ['Content-Encoding', 'gzip']);
    expect(seen.bytes.equals(bytes)).toBe(true);
    expect(header(seen, 'content-encoding')).toBe('gzip');
  });

  it('gives an empty body for a POST without one', async () => {
    const seen = await rawEcho({ method: 'POST', path: '/', headers: ['Host', 'h', 'Content-Length', '0'] });
    expect(seen.bytes.byteLength).toBe(0);
  });

  it('answers 400 to a GET with a body instead of silently dropping it', async () => {
    const res = await rawRequest(server.port, {
      path: '/',
      headers: ['Host', 'h', 'Content-Type', 'text/plain'],
      body: Buffer.from('ignored?'),
    });
    expect(res.status).toBe(400);
    expect(lastWarning()).toContain('GET request carries a 8-byte body');
  });

  it('answers 500 and logs why when another middleware consumed the stream and saved no rawBody', async () => {
    const own = logCapture();
    const fn = toCloudFunction(echo, { logSink: own.sink });
    const plain = createServer((req, res) => {
      req.resume();
      req.on('end', () => void fn(req, res));
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = plain.address() as AddressInfo;
      const res = await rawRequest(port, {
        method: 'POST',
        path: '/x',
        headers: ['Host', 'h', 'Content-Type', 'application/json'],
        body: Buffer.from('{}'),
      });
      expect(res.status).toBe(500);
      expect(res.body.toString()).toBe('Internal Server Error');
      const line = own.records()[0] as { severity: string; error: { name: string; message: string } };
      expect(line.severity).toBe('ERROR');
      expect(line.error.name).toBe('BodyUnavailableError');
      expect(line.error.message).toContain('already consumed');
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });
});
