import { HttpError, http } from '@faasport/core';
import { fromByteString, toByteString } from '@faasport/core/adapter';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { azureTransport } from '../../src/testing/transport.js';
import { BINARY, bytesOf, GZIP_JSON, UTF8_TEXT } from '../helpers.js';

const echo = http(async (req, ctx) => {
  const body = new Uint8Array(await req.arrayBuffer());
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': req.headers.get('content-type') ?? 'application/octet-stream',
      'x-method': req.method,
      'x-url': req.url,
      'x-accept': req.headers.get('accept') ?? '',
      'x-cookie': req.headers.get('cookie') ?? '',
      'x-city': req.headers.get('x-city') ?? '',
      'x-provider': ctx.provider,
      'x-function': ctx.functionName,
      'x-trace': ctx.trace?.traceId ?? '',
    },
  });
});

describe('azureTransport', () => {
  it('registers through app.http and reaches the handler with method, raw URL, headers, cookies and context', async () => {
    const t = azureTransport(echo, { name: 'echo' });
    expect(t.name).toBe('azure');
    const url = 'https://fn.azurewebsites.net/any/path?q=a+b&q=c%2Bd&s=%20';
    const res = await t.fetch(
      new Request(url, {
        method: 'PUT',
        headers: [
          ['accept', 'text/html'],
          ['accept', 'application/json'],
          ['cookie', 'a=1; b=2'],
          ['x-city', toByteString('Zürich 東京')],
          ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
        ],
        body: 'x',
      }),
    );
    expect(res.headers.get('x-method')).toBe('PUT');
    expect(res.headers.get('x-url')).toBe(url);
    expect(res.headers.get('x-accept')).toBe('text/html, application/json');
    expect(res.headers.get('x-cookie')).toBe('a=1; b=2');
    expect(fromByteString(res.headers.get('x-city') ?? '')).toBe('Zürich 東京');
    expect(res.headers.get('x-provider')).toBe('azure');
    expect(res.headers.get('x-function')).toBe('echo');
    expect(res.headers.get('x-trace')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    ['utf-8 text', new TextEncoder().encode(UTF8_TEXT), 'text/plain; charset=utf-8'],
    ['binary', BINARY, 'application/octet-stream'],
    ['gzip json', GZIP_JSON, 'application/json'],
  ])('carries a %s body byte-exact both ways', async (_name, bytes, type) => {
    const res = await azureTransport(echo).fetch(
      new Request('http://localhost/upload', { method: 'POST', body: bytes, headers: { 'content-type': type } }),
    );
    expect(await bytesOf(res)).toEqual([...bytes]);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('delivers several Set-Cookie headers, which raw headers would lose in the flattening', async () => {
    const def = http(() => {
      const headers = new Headers();
      headers.append('set-cookie', 'session=abc%3D%3D; Path=/; HttpOnly; Secure; SameSite=Lax');
      headers.append('set-cookie', 'theme=dark; Max-Age=3600');
      headers.append('set-cookie', 'old=; Expires=Thu, 01 Jan 1970 00:00:01 GMT');
      return new Response('ok', { headers });
    });
    const res = await azureTransport(def).fetch(new Request('http://localhost/'));
    expect(res.headers.getSetCookie()).toEqual([
      'session=abc%3D%3D; path=/; secure; samesite=lax; httponly',
      'theme=dark; max-age=3600; path=/',
      'old=; expires=Thu, 01 Jan 1970 00:00:01 GMT; path=/',
    ]);
  });

  it.each([204, 304])('answers %i with no body', async (status) => {
    const res = await azureTransport(http(() => new Response(null, { status }))).fetch(
      new Request('http://localhost/'),
    );
    expect(res.status).toBe(status);
    expect(res.body).toBeNull();
  });

  it('answers a redirect with its status and location', async () => {
    const def = http(() => Response.redirect('https://example.com/login?next=%2Fa', 302));
    const res = await azureTransport(def).fetch(new Request('http://localhost/'));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://example.com/login?next=%2Fa');
  });

  it('turns an error into a 500 without message or stack, logged through context.error', async () => {
    const t = azureTransport(
      http(() => {
        throw new TypeError('secret token xyz');
      }),
    );
    const res = await t.fetch(new Request('http://localhost/'));
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('xyz');
    expect(body).not.toContain('at ');
    const line = t.logs.find((l) => l.category === 'user' && l.level === 'error');
    expect(JSON.parse(line?.message ?? '{}')).toMatchObject({
      level: 'error',
      error: { name: 'TypeError', message: 'secret token xyz', stack: expect.stringContaining('TypeError') },
    });
  });

  it('answers an HttpError with its status', async () => {
    const res = await azureTransport(
      http(() => {
        throw new HttpError(409, 'Conflict here');
      }),
    ).fetch(new Request('http://localhost/'));
    expect([res.status, await res.text()]).toEqual([409, 'Conflict here']);
  });

  it('runs a Hono app on sub-paths under the default register route with the api prefix', async () => {
    const app = new Hono();
    app.get('/api/shop/items/:id', (c) => c.json({ id: c.req.param('id') }));
    const t = azureTransport(http(app), { name: 'shop', bindings: {}, routePrefix: 'api' });
    expect(Object.values(t.metadata.bindings)[0]).toMatchObject({ route: '{*path}' });
    const res = await t.fetch(new Request('http://localhost/api/shop/items/5'));
    expect(await res.json()).toEqual({ id: '5' });
  });
});
