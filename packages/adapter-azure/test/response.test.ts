import type { HttpResponseInit } from '@azure/functions';
import { ResponseError } from '@faasport/core';
import { installFastResponse } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { azure } from '../src/azure-functions.js';
import { toHttpResponseInit } from '../src/response.js';
import { BINARY, controlledStream, GZIP_JSON, UTF8_TEXT } from './helpers.js';

function cookieResponse(): Response {
  const headers = new Headers({ 'content-type': 'text/plain' });
  headers.append('set-cookie', 'a=1; Path=/; HttpOnly');
  headers.append('set-cookie', 'b=2; Expires=Thu, 01 Jan 2037 00:00:00 GMT; Secure; SameSite=None');
  headers.append('set-cookie', 'c=3; Max-Age=60');
  return new Response('ok', { status: 201, headers });
}

describe('toHttpResponseInit', () => {
  it('moves every Set-Cookie into cookies and none into headers', async () => {
    const init = await toHttpResponseInit(cookieResponse());
    expect(init.status).toBe(201);
    expect(init.headers).toEqual({ 'content-type': 'text/plain' });
    expect(init.cookies).toEqual([
      { name: 'a', value: '1', path: '/', httpOnly: true },
      { name: 'b', value: '2', expires: new Date(Date.UTC(2037, 0, 1)), secure: true, sameSite: 'None' },
      { name: 'c', value: '3', maxAge: 60 },
    ]);
  });

  it('leaves cookies out when there is no Set-Cookie', async () => {
    const init = await toHttpResponseInit(Response.json({ ok: true }));
    expect(init).not.toHaveProperty('cookies');
    expect(init.headers).toEqual({ 'content-type': 'application/json' });
  });

  it.each([
    ['utf-8 text', new TextEncoder().encode(UTF8_TEXT), 'text/plain; charset=utf-8'],
    ['binary', BINARY, 'image/png'],
    ['gzip json', GZIP_JSON, 'application/json'],
  ])('returns a %s body as the exact bytes', async (_name, bytes, type) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (type === 'application/json') headers['content-encoding'] = 'gzip';
    const init = await toHttpResponseInit(new Response(bytes, { headers }));
    expect(init.body).toBeInstanceOf(Uint8Array);
    expect([...(init.body as Uint8Array)]).toEqual([...bytes]);
    expect(init.headers).toEqual(headers);
  });

  it.each([204, 304])('gives a %i no body, which the library requires', async (status) => {
    const init = await toHttpResponseInit(new Response(null, { status, headers: { etag: '"v1"' } }));
    expect(init).toEqual({ status, headers: { etag: '"v1"' } });
    expect(new azure.HttpResponse(init).status).toBe(status);
  });

  it('keeps a redirect as status plus location, without following it', async () => {
    const init = await toHttpResponseInit(Response.redirect('https://example.com/next?a=1&a=2', 307));
    expect(init).toMatchObject({ status: 307, headers: { location: 'https://example.com/next?a=1&a=2' } });
  });

  it('with streaming on, passes the body stream through before the handler finished writing', async () => {
    const source = controlledStream();
    source.push('chunk-1;');
    const init: HttpResponseInit = await toHttpResponseInit(new Response(source.stream), { stream: true });
    // The library wraps it in its own HttpResponse; its proxy then iterates `body` chunk by chunk.
    const reader = (new azure.HttpResponse(init).body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('chunk-1;');
    source.push('chunk-2');
    source.close();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('chunk-2');
    expect((await reader.read()).done).toBe(true);
  });

  it('warns through the given logger about Set-Cookie attributes Azure cannot carry', async () => {
    const warnings: unknown[][] = [];
    const response = new Response('x', { headers: { 'set-cookie': 'chip=1; Secure; Partitioned' } });
    const init = await toHttpResponseInit(response, { log: { warn: (...args) => warnings.push(args) } });
    expect(init.cookies).toEqual([{ name: 'chip', value: '1', secure: true }]);
    expect(warnings).toEqual([
      [
        'Set-Cookie attributes dropped: Azure Functions cannot carry them',
        { cookie: 'chip', attributes: ['Partitioned'] },
      ],
    ]);
  });

  it('rejects with a ResponseError on a Set-Cookie without a name', async () => {
    const response = new Response('x', { headers: { 'set-cookie': 'novalue' } });
    await expect(toHttpResponseInit(response)).rejects.toBeInstanceOf(ResponseError);
  });

  it('converts a response built from a string or bytes without a promise, into fresh bytes', async () => {
    // What fromHttpRequest does on the first invocation.
    installFastResponse();
    const bytes = new Uint8Array([1, 2, 3]);
    const init = toHttpResponseInit(new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    expect(init).not.toBeInstanceOf(Promise);
    const body = (init as HttpResponseInit).body as Uint8Array;
    expect(Object.getPrototypeOf(body)).toBe(Uint8Array.prototype);
    bytes[0] = 9;
    expect([...body]).toEqual([1, 2, 3]);
    const text = (await toHttpResponseInit(new Response('héllo'))) as HttpResponseInit;
    expect(new TextDecoder().decode(text.body as Uint8Array)).toBe('héllo');
    expect(text.headers).toEqual({ 'content-type': 'text/plain;charset=UTF-8' });
  });
});
