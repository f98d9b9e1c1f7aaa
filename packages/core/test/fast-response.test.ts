import { describe, expect, it } from 'vitest';
import { installFastResponse, takeResponseParts } from '../src/fast-response.js';

const NativeResponse = globalThis.Response;
installFastResponse();
const FastResponse = globalThis.Response;

type Make = (R: typeof Response) => Response;

async function observe(make: Make, R: typeof Response) {
  let res: Response;
  try {
    res = make(R);
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
  return {
    status: res.status,
    statusText: res.statusText,
    ok: res.ok,
    type: res.type,
    url: res.url,
    redirected: res.redirected,
    headers: [...res.headers],
    text: await res.text(),
    bodyUsed: res.bodyUsed,
  };
}

const cases: [string, Make][] = [
  ['string body', (R) => new R('hello')],
  ['empty', (R) => new R()],
  ['null body 204', (R) => new R(null, { status: 204 })],
  ['bytes body', (R) => new R(Uint8Array.from([104, 105]))],
  [
    'status and headers record',
    (R) => new R('x', { status: 201, headers: { 'x-a': 'v', 'content-type': 'text/html' } }),
  ],
  ['mixed-case header names', (R) => new R('x', { headers: { 'X-A': 'v' } })],
  ['Content-Type as frameworks write it', (R) => new R('{}', { headers: { 'Content-Type': 'application/json' } })],
  ['two spellings of one header', (R) => new R('x', { headers: { 'X-A': 'v', 'x-a': 'w' } })],
  ['header value with spaces', (R) => new R('x', { headers: { 'x-a': '  v  ' } })],
  [
    'Headers instance with cookies',
    (R) =>
      new R('x', {
        headers: new Headers([
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ]),
      }),
  ],
  [
    'array headers',
    (R) =>
      new R('x', {
        headers: [
          ['x-b', '1'],
          ['x-b', '2'],
        ],
      }),
  ],
  ['statusText', (R) => new R('x', { status: 418, statusText: 'Teapot' })],
  ['body with 204 throws', (R) => new R('x', { status: 204 })],
  ['status 99 throws', (R) => new R('x', { status: 99 })],
  ['bad header name throws', (R) => new R('x', { headers: { 'bad name': 'v' } })],
  ['CR/LF in a header value throws', (R) => new R('x', { headers: { 'x-a': 'v\r\nset-cookie: evil=1' } })],
  ['LF in a header name throws', (R) => new R('x', { headers: { 'x-a\nset-cookie': 'v' } })],
  ['NUL in a header value throws', (R) => new R('x', { headers: { 'x-a': 'v\0w' } })],
  // U+010D U+010A: a latin1 writer keeps the low bytes, 0x0D 0x0A (a CR/LF smuggled past the checks).
  ['char above U+00FF in a header value throws', (R) => new R('x', { headers: { 'x-a': 'v\u010d\u010ax: y' } })],
  ['Response.json with CR/LF in a header throws', (R) => R.json({}, { headers: { 'x-a': 'v\r\nx: y' } })],
  ['Response.json', (R) => R.json({ a: [1, 'é'] }, { status: 202 })],
  ['Response.json custom type', (R) => R.json({ a: 1 }, { headers: { 'content-type': 'application/vnd.x+json' } })],
  ['Response.json not serializable throws', (R) => R.json(undefined)],
  ['Response.redirect', (R) => R.redirect('https://example.com/next', 302)],
  ['stream body', (R) => new R(new Blob(['from a blob']).stream())],
  ['Blob body', (R) => new R(new Blob(['b'], { type: 'text/x-thing' }))],
];

describe('fast Response', () => {
  it.each(cases)('%s behaves as the native Response', async (_name, make) => {
    expect(await observe(make, FastResponse)).toEqual(await observe(make, NativeResponse));
  });

  it('is an instance of Response and of the native Response', () => {
    const res = new Response('x');
    expect(res).toBeInstanceOf(Response);
    expect(res).toBeInstanceOf(NativeResponse);
    expect(new NativeResponse('x')).toBeInstanceOf(Response);
    expect(Object.prototype.toString.call(res)).toBe('[object Response]');
    expect(Response.name).toBe('Response');
  });

  it('reads the body once', async () => {
    const res = new Response('once');
    expect(await res.text()).toBe('once');
    await expect(res.text()).rejects.toThrow(TypeError);
  });

  it('serves the body stream, clone and blob through the real Response', async () => {
    const res = new Response('streamed');
    const copy = res.clone();
    expect(await new NativeResponse(res.body).text()).toBe('streamed');
    expect(await copy.text()).toBe('streamed');
    expect((await new Response('b').blob()).size).toBe(1);
  });

  it('keeps header changes made before the body is read', async () => {
    const res = Response.json({ a: 1 });
    res.headers.set('x-late', 'yes');
    expect(res.headers.get('x-late')).toBe('yes');
    const parts = takeResponseParts(res);
    expect(parts && [...parts.headers]).toContainEqual(['x-late', 'yes']);
  });

  it('lets subclasses work', async () => {
    class Mine extends Response {
      hello(): string {
        return 'mine';
      }
    }
    const res = new Mine('sub', { status: 201 });
    expect(res.hello()).toBe('mine');
    expect(res.status).toBe(201);
    expect(await res.text()).toBe('sub');
  });

  it('hands adapters status, headers and body without streams, once', () => {
    const res = new Response('body', { status: 203, headers: { 'x-a': '1' } });
    const parts = takeResponseParts(res);
    expect(parts?.status).toBe(203);
    expect(parts?.body).toBe('body');
    expect([...(parts?.headers ?? [])]).toEqual([
      ['x-a', '1'],
      ['content-type', 'text/plain;charset=UTF-8'],
    ]);
    expect(takeResponseParts(res)).toBeUndefined();
    expect(res.bodyUsed).toBe(true);
  });

  it('takes the fast path for mixed-case names, lower-cased', () => {
    const parts = takeResponseParts(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
    expect([...(parts?.headers ?? [])]).toEqual([['content-type', 'application/json']]);
  });

  it('gives no parts for a native response or one already read', async () => {
    expect(takeResponseParts(new NativeResponse('x'))).toBeUndefined();
    const read = new Response('x');
    await read.text();
    expect(takeResponseParts(read)).toBeUndefined();
    const streamed = new Response('x');
    void streamed.body;
    expect(takeResponseParts(streamed)).toBeUndefined();
  });
});
