import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { toCloudFunction } from '../src/handler.js';
import { GCP_RESPONSE_LIMIT } from '../src/limits.js';
import { deferred, logCapture, rawRequest, serveFunction, within, withTransport } from './helpers.js';

const URL_BASE = 'https://fn.example.com';

function pairs(rawHeaders: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) out.push([rawHeaders[i]!.toLowerCase(), rawHeaders[i + 1]!]);
  return out;
}

describe('status and headers', () => {
  it('sends status, status text and every header as set, without ETag or charset added', async () => {
    const def = http(
      () =>
        new Response('{"ok":true}', {
          status: 201,
          statusText: 'Made It',
          headers: { 'content-type': 'application/json', 'x-one': 'a, b', 'cache-control': 'no-store' },
        }),
    );
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      const got = pairs(res.rawHeaders);
      expect(res.status).toBe(201);
      expect(got).toContainEqual(['content-type', 'application/json']);
      expect(got).toContainEqual(['x-one', 'a, b']);
      expect(got).toContainEqual(['cache-control', 'no-store']);
      expect(got.map(([n]) => n)).not.toContain('etag');
      expect(res.body.toString()).toBe('{"ok":true}');
    } finally {
      await fn.close();
    }
  });

  it('sends each Set-Cookie as its own header line, never comma-joined', async () => {
    const cookies = [
      'session=abc; Path=/; HttpOnly; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
      'theme=dark; Max-Age=3600',
      'lang=en',
    ];
    const def = http(() => {
      const headers = new Headers({ 'content-type': 'text/plain' });
      for (const c of cookies) headers.append('set-cookie', c);
      return new Response('ok', { headers });
    });
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      const setCookies = pairs(res.rawHeaders).filter(([n]) => n === 'set-cookie');
      expect(setCookies.map(([, v]) => v)).toEqual(cookies);
    } finally {
      await fn.close();
    }
  });

  it('gives a 302 back as is: the transport does not follow redirects', async () => {
    const def = http(() => Response.redirect('https://elsewhere.example/login', 302));
    const res = await withTransport(def, (fetch) => fetch(new Request(`${URL_BASE}/`)));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://elsewhere.example/login');
  });
});

describe('bodies', () => {
  it('sends binary bytes exactly', async () => {
    const bytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 31) % 256));
    const def = http(() => new Response(bytes, { headers: { 'content-type': 'image/png' } }));
    const got = await withTransport(def, async (fetch) => (await fetch(new Request(`${URL_BASE}/img`))).arrayBuffer());
    expect(Buffer.from(got).equals(bytes)).toBe(true);
  });

  it('sends a gzip-encoded body as the compressed bytes, untouched', async () => {
    const gz = gzipSync(Buffer.from(JSON.stringify({ hello: 'world'.repeat(50) })));
    const def = http(
      () => new Response(gz, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
    );
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/', headers: ['Host', 'h', 'Accept-Encoding', 'gzip'] });
      expect(pairs(res.rawHeaders)).toContainEqual(['content-encoding', 'gzip']);
      expect(res.body.equals(gz)).toBe(true);
    } finally {
      await fn.close();
    }
  });

  it.each([204, 304])('sends %i without a body', async (status) => {
    const def = http(() => new Response(null, { status, headers: { etag: '"v1"' } }));
    const res = await withTransport(def, (fetch) => fetch(new Request(`${URL_BASE}/`)));
    expect(res.status).toBe(status);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.body).toBeNull();
  });

  it('sends no body for HEAD but keeps the headers the handler set', async () => {
    const def = http(() => new Response('twelve bytes', { headers: { 'content-length': '12', 'x-h': '1' } }));
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { method: 'HEAD', path: '/' });
      expect(res.status).toBe(200);
      expect(pairs(res.rawHeaders)).toContainEqual(['content-length', '12']);
      expect(res.body.byteLength).toBe(0);
    } finally {
      await fn.close();
    }
  });

  it('delivers a large streamed body intact through socket backpressure', async () => {
    const chunk = Buffer.alloc(64 * 1024);
    const chunks = 128; // 8 MiB: far more than the socket buffers, so write() must wait for 'drain'
    const expected = createHash('sha256');
    for (let i = 0; i < chunks; i++) expected.update(chunk.fill(i % 256));
    let sent = 0;
    const def = http(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent === chunks) return controller.close();
              controller.enqueue(Buffer.alloc(chunk.byteLength, sent % 256));
              sent += 1;
            },
          }),
        ),
    );
    const body = await withTransport(def, async (fetch) => (await fetch(new Request(`${URL_BASE}/big`))).arrayBuffer());
    const got = createHash('sha256').update(Buffer.from(body));
    expect(got.digest('hex')).toBe(expected.digest('hex'));
  });
});

describe('framing', () => {
  it('sends a body built from a string in one piece with its byte length, not chunked', async () => {
    const text = 'héllo — 東京';
    const def = http(() => new Response(text, { headers: { 'x-a': '1', 'set-cookie': 'a=1' } }));
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      const got = pairs(res.rawHeaders);
      expect(got).toContainEqual(['content-length', String(Buffer.byteLength(text))]);
      expect(got.map(([n]) => n)).not.toContain('transfer-encoding');
      expect(got).toContainEqual(['content-type', 'text/plain;charset=UTF-8']);
      expect(got).toContainEqual(['set-cookie', 'a=1']);
      expect(res.body.toString('utf8')).toBe(text);
    } finally {
      await fn.close();
    }
  });

  it('sends a stream body chunked', async () => {
    const def = http(() => new Response(new Blob(['ab']).stream()));
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      expect(pairs(res.rawHeaders)).toContainEqual(['transfer-encoding', 'chunked']);
      expect(res.body.toString()).toBe('ab');
    } finally {
      await fn.close();
    }
  });

  it("sends a string body over Cloud Run's 32 MiB declared-length cap chunked, intact", async () => {
    const big = 'x'.repeat(GCP_RESPONSE_LIMIT + 1);
    const def = http(() => new Response(big));
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      const got = pairs(res.rawHeaders);
      expect(got).toContainEqual(['transfer-encoding', 'chunked']);
      expect(got.map(([n]) => n)).not.toContain('content-length');
      expect(res.body.byteLength).toBe(big.length);
    } finally {
      await fn.close();
    }
  });
});

describe('streaming', () => {
  it('delivers the first chunk before the handler stream ends', async () => {
    const release = deferred();
    const def = http(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              controller.enqueue(new TextEncoder().encode('first;'));
              await release.promise;
              controller.enqueue(new TextEncoder().encode('second'));
              controller.close();
            },
          }),
          { headers: { 'content-type': 'text/plain' } },
        ),
    );
    await withTransport(def, async (fetch) => {
      const res = await fetch(new Request(`${URL_BASE}/stream`));
      const reader = res.body!.getReader();
      const first = await within(reader.read(), 5000, 'the first chunk while the stream is still open');
      expect(new TextDecoder().decode(first.value)).toBe('first;');
      release.resolve();
      let rest = '';
      for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
      expect(rest).toBe('second');
    });
  });

  it('cancels the body stream when the client disconnects', async () => {
    const cancelled = deferred<unknown>();
    const def = http(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('tick'));
            },
            cancel(reason) {
              cancelled.resolve(reason);
            },
          }),
        ),
    );
    await withTransport(def, async (fetch) => {
      const res = await fetch(new Request(`${URL_BASE}/ticks`));
      const reader = res.body!.getReader();
      await reader.read();
      await reader.cancel();
      const reason = await within(cancelled.promise, 5000, 'the body stream to be cancelled');
      expect((reason as DOMException).name).toBe('AbortError');
    });
  });

  it('cuts the connection and logs when the body stream fails midway', async () => {
    const logs = logCapture();
    const def = http(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              controller.enqueue(new TextEncoder().encode('partial'));
              controller.error(new Error('disk gone'));
            },
          }),
        ),
    );
    const fn = await serveFunction(toCloudFunction(def, { logSink: logs.sink }));
    try {
      await expect(rawRequest(fn.port, { path: '/' })).rejects.toThrow();
      const line = logs.records().find((r) => r.message === 'Failed to send the response') as {
        severity: string;
        error: { message: string };
      };
      expect(line.severity).toBe('ERROR');
      expect(line.error.message).toBe('disk gone');
    } finally {
      await fn.close();
    }
  });
});
