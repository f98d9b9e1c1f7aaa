import { describe, expect, it } from 'vitest';
import { createLazyRequest, type LazyRequestInit } from '../src/lazy-request.js';

let built = 0;
const init = (over: Partial<LazyRequestInit> = {}): LazyRequestInit => ({
  method: 'POST',
  url: 'https://example.com/a?x=1&x=2',
  headers: () => {
    built++;
    return new Headers([
      ['content-type', 'application/json'],
      ['x-multi', 'a'],
      ['x-multi', 'b'],
    ]);
  },
  body: '{"n":1}',
  ...over,
});

describe('createLazyRequest', () => {
  it('is a Request and answers method, url and headers without building one', () => {
    built = 0;
    const req = createLazyRequest(init());
    expect(req).toBeInstanceOf(Request);
    expect(Object.prototype.toString.call(req)).toBe('[object Request]');
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://example.com/a?x=1&x=2');
    expect(req.headers.get('x-multi')).toBe('a, b');
    expect(req.headers).toBe(req.headers);
    expect(built).toBe(1);
  });

  it('reads text and json once, like a real Request', async () => {
    const req = createLazyRequest(init());
    expect(req.bodyUsed).toBe(false);
    expect(await req.json()).toEqual({ n: 1 });
    expect(req.bodyUsed).toBe(true);
    await expect(req.text()).rejects.toThrow(TypeError);
  });

  it('rejects json() of a body that is not JSON with a SyntaxError', async () => {
    await expect(createLazyRequest(init({ body: 'nope' })).json()).rejects.toThrow(SyntaxError);
  });

  it('returns exact bytes from arrayBuffer and bytes, copying so the caller cannot mutate the source', async () => {
    const source = Uint8Array.from([0, 1, 254, 255]);
    const ab = await createLazyRequest(init({ body: source })).arrayBuffer();
    expect([...new Uint8Array(ab)]).toEqual([0, 1, 254, 255]);
    const bytes = await (
      createLazyRequest(init({ body: source })) as Request & { bytes(): Promise<Uint8Array> }
    ).bytes();
    bytes[0] = 9;
    expect(source[0]).toBe(0);
  });

  it('builds the real Request for what has no fast path (formData, body stream, clone)', async () => {
    const form = createLazyRequest(
      init({
        headers: () => new Headers({ 'content-type': 'application/x-www-form-urlencoded' }),
        body: 'a=1&a=2&b=%2B',
      }),
    );
    const data = await form.formData();
    expect(data.getAll('a')).toEqual(['1', '2']);
    expect(data.get('b')).toBe('+');

    const streamed = createLazyRequest(init({ body: 'hello' }));
    const reader = streamed.body?.getReader();
    const chunk = await reader?.read();
    expect(new TextDecoder().decode(chunk?.value)).toBe('hello');

    const clone = createLazyRequest(init()).clone();
    expect(await clone.json()).toEqual({ n: 1 });
    const proxied = new Request(createLazyRequest(init()).clone());
    expect(proxied.url).toBe('https://example.com/a?x=1&x=2');
    expect(await proxied.text()).toBe('{"n":1}');
  });

  it('keeps header changes made before the real Request is built', async () => {
    const req = createLazyRequest(init());
    req.headers.set('x-added', 'yes');
    expect(req.clone().headers.get('x-added')).toBe('yes');
  });

  it('exposes the given signal', () => {
    const controller = new AbortController();
    const req = createLazyRequest(init({ signal: controller.signal }));
    expect(req.signal).toBe(controller.signal);
  });

  it('has an empty body for GET', async () => {
    const req = createLazyRequest(init({ method: 'GET', body: null }));
    expect(req.body).toBeNull();
    expect(await createLazyRequest(init({ method: 'GET', body: null })).text()).toBe('');
  });

  it('works as the init of a new Request (the proxying idiom)', async () => {
    const req = createLazyRequest(init());
    const copy = new Request('https://upstream.example/a', req);
    expect(copy.method).toBe('POST');
    expect(copy.headers.get('x-multi')).toBe('a, b');
    expect(await copy.text()).toBe('{"n":1}');
  });
});
