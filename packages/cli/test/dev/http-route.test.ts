import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { createAppState } from '../../src/dev/app-state.js';
import type { CallRecord } from '../../src/dev/call-log.js';
import { httpRoute, onOrigin } from '../../src/dev/http-route.js';
import type { LambdaApiHost } from '../../src/dev/lambda-api.js';
import { lambdaFunctions } from '../../src/dev/lambda-functions.js';

async function setup() {
  const calls: CallRecord[] = [];
  const defs = new Map([
    ['a', http((req) => new Response(`${req.method} ${new URL(req.url).pathname} ${req.body ? 'body' : 'none'}`))],
    [
      'b',
      http(() => {
        throw new Error('x');
      }),
    ],
    ['c', http((req) => new Response(req.url))],
  ]);
  const state = await createAppState(defs, { provider: 'local', record: (c) => calls.push(c) });
  const host: LambdaApiHost = {
    ...lambdaFunctions(() => defs),
    bodyLimit: 8,
    pending: new Set(),
    record: (c) => calls.push(c),
  };
  return { state, host, calls };
}

const ORIGIN = 'http://127.0.0.1:3000';

describe('onOrigin', () => {
  it.each([
    ['http://h//evil.example//x', 'http://127.0.0.1:3000//evil.example//x'],
    ['http://h//x?y', 'http://127.0.0.1:3000//x?y'],
    ['http://h/%2F%2Fevil.example/a%20b?q=%2F', 'http://127.0.0.1:3000/%2F%2Fevil.example/a%20b?q=%2F'],
    ['http://evil.example/x', 'http://127.0.0.1:3000/x'],
  ])('puts the path and query of %s on the server origin', (url, expected) => {
    const built = onOrigin(new Request(url), ORIGIN);
    expect(built.href).toBe(expected);
    expect(built.host).toBe('127.0.0.1:3000');
  });
});

describe('httpRoute', () => {
  it('forwards to the matching function without the prefix and logs the call', async () => {
    const { state, host, calls } = await setup();
    const res = await httpRoute(new Request('http://h/a/x/y?z=1'), state, host, 'id-9', ORIGIN);
    expect(await res.text()).toBe('GET /x/y none');
    expect(calls[0]).toMatchObject({
      fn: 'a',
      what: 'GET /a/x/y?z=1',
      invocationId: 'id-9',
      outcome: '200',
      via: 'local',
    });
    await state.close();
  });

  it('413 over the cap, 404 off every route, the error response for a failing handler', async () => {
    const { state, host, calls } = await setup();
    expect(
      (await httpRoute(new Request('http://h/a/', { method: 'PUT', body: '123456789' }), state, host, 'i', ORIGIN))
        .status,
    ).toBe(413);
    expect(
      await (
        await httpRoute(new Request('http://h/a/', { method: 'PUT', body: '12345678' }), state, host, 'i', ORIGIN)
      ).text(),
    ).toBe('PUT / body');
    const missing = await httpRoute(new Request('http://h/d'), state, host, 'i', ORIGIN);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { routes: ['/a/', '/b/', '/c/'] } });
    expect((await httpRoute(new Request('http://h/b/'), state, host, 'i', ORIGIN)).status).toBe(500);
    expect(calls.map((c) => c.outcome)).toEqual(['413', '200', '500']);
    await state.close();
  });

  it('hands the function a URL on the server origin, a path after the prefix starting with // kept as a path', async () => {
    const { state, host, calls } = await setup();
    const seen = async (url: string) =>
      new URL(await (await httpRoute(new Request(url), state, host, 'i', ORIGIN)).text());
    const doubled = await seen('http://h/c//evil.example//x?y=1');
    expect([doubled.host, doubled.pathname, doubled.search]).toEqual(['127.0.0.1:3000', '//evil.example//x', '?y=1']);
    const spoofed = await seen('http://evil.example/c/x');
    expect([spoofed.host, spoofed.pathname]).toEqual(['127.0.0.1:3000', '/x']);
    expect(calls.map((c) => c.what)).toEqual(['GET /c//evil.example//x?y=1', 'GET /c/x']);
    await state.close();
  });
});
