import { fromByteString, toByteString } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { azure } from '../src/azure-functions.js';
import { fromHttpRequest } from '../src/request.js';
import { toHttpRequest } from '../src/testing/http-request.js';
import { BINARY, bytesOf, controlledStream, GZIP_JSON, UTF8_TEXT } from './helpers.js';

const convert = async (req: Request) => fromHttpRequest(await toHttpRequest(req));

describe('fromHttpRequest', () => {
  it('keeps the method and the raw URL: repeated keys, +, %2B, %20 untouched', async () => {
    const url = 'https://app.azurewebsites.net/api/search?q=a+b&q=c%2Bd&sp=x%20y&empty=&flag';
    const req = await convert(new Request(url, { method: 'DELETE' }));
    expect(req.method).toBe('DELETE');
    expect(req.url).toBe(url);
    const query = new URL(req.url).searchParams;
    expect(query.getAll('q')).toEqual(['a b', 'c+d']);
    expect(query.get('sp')).toBe('x y');
  });

  it('keeps every header; repeated ones arrive comma-joined as the host sends them', async () => {
    const headers = new Headers([
      ['accept', 'text/html'],
      ['accept', 'application/json'],
      ['x-forwarded-for', '1.1.1.1'],
      ['cookie', 'a=1; b=2'],
    ]);
    const req = await convert(new Request('http://localhost/api/x', { headers }));
    expect(req.headers.get('accept')).toBe('text/html, application/json');
    expect(req.headers.get('x-forwarded-for')).toBe('1.1.1.1');
    expect(req.headers.get('cookie')).toBe('a=1; b=2');
  });

  it('passes non-ASCII header values through as the same bytes', async () => {
    const utf8 = toByteString('東京 — Zürich');
    const req = await convert(
      new Request('http://localhost/api/x', { headers: { 'x-latin1': 'Zürich', 'x-utf8': utf8 } }),
    );
    expect(req.headers.get('x-latin1')).toBe('Zürich');
    expect(fromByteString(req.headers.get('x-utf8') ?? '')).toBe('東京 — Zürich');
  });

  it.each([
    ['utf-8 text', new TextEncoder().encode(UTF8_TEXT), 'text/plain; charset=utf-8'],
    ['binary', BINARY, 'application/octet-stream'],
    ['gzip json', GZIP_JSON, 'application/json'],
  ])('keeps a %s body byte-exact', async (_name, bytes, type) => {
    const sent = new Request('http://localhost/api/x', {
      method: 'POST',
      body: bytes,
      headers: { 'content-type': type },
    });
    const req = await convert(sent);
    expect(await bytesOf(req)).toEqual([...bytes]);
    expect(req.headers.get('content-type')).toBe(type);
  });

  it('gives GET and empty bodies no body', async () => {
    expect((await convert(new Request('http://localhost/api/x'))).body).toBeNull();
    const emptyPost = await convert(new Request('http://localhost/api/x', { method: 'POST', body: '' }));
    expect(await emptyPost.text()).toBe('');
  });

  it('with streaming on, hands the body stream over before the client finished sending', async () => {
    const source = controlledStream();
    // What the library builds in streaming mode (createStreamRequest): a Request over the proxy's stream.
    const nativeRequest = new Request('http://localhost/api/up', {
      method: 'POST',
      body: source.stream,
      duplex: 'half',
    } as RequestInit);
    const request = new azure.HttpRequest({ nativeRequest } as ConstructorParameters<typeof azure.HttpRequest>[0]);
    source.push('first ');
    const req = await fromHttpRequest(request, { stream: true });
    const reader = (req.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first ');
    source.push('second');
    source.close();
    const second = await reader.read();
    expect(new TextDecoder().decode(second.value)).toBe('second');
    expect((await reader.read()).done).toBe(true);
  });

  it("gives a GET a lazy Request synchronously, whose headers are a copy of the library's", async () => {
    const request = await toHttpRequest(new Request('http://localhost/api/x?a=1', { headers: { 'x-one': '1' } }));
    const req = fromHttpRequest(request);
    expect(req).toBeInstanceOf(Request);
    expect(req).not.toBeInstanceOf(Promise);
    const lazy = req as Request;
    expect(lazy.url).toBe('http://localhost/api/x?a=1');
    lazy.headers.set('x-one', 'changed');
    expect(lazy.headers.get('x-one')).toBe('changed');
    expect(request.headers.get('x-one')).toBe('1');
  });

  it('reads a body that arrives in several chunks into one byte array', async () => {
    const source = controlledStream();
    const nativeRequest = new Request('http://localhost/api/up', {
      method: 'PUT',
      body: source.stream,
      duplex: 'half',
    } as RequestInit);
    const request = new azure.HttpRequest({ nativeRequest } as ConstructorParameters<typeof azure.HttpRequest>[0]);
    source.push('one,');
    source.push('two,');
    source.push('three');
    source.close();
    const req = await fromHttpRequest(request);
    expect(await req.text()).toBe('one,two,three');
    expect(request.bodyUsed).toBe(true);
  });
});
