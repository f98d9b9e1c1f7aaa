import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { createAppState } from '../../src/dev/app-state.js';
import type { CallRecord } from '../../src/dev/call-log.js';
import { httpRoute } from '../../src/dev/http-route.js';
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

describe('httpRoute', () => {
  it('forwards to the matching function without the prefix and logs the call', async () => {
    const { state, host, calls } = await setup();
    const res = await httpRoute(new Request('http://h/a/x/y?z=1'), state, host, 'id-9');
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
      (await httpRoute(new Request('http://h/a/', { method: 'PUT', body: '123456789' }), state, host, 'i')).status,
    ).toBe(413);
    expect(
      await (await httpRoute(new Request('http://h/a/', { method: 'PUT', body: '12345678' }), state, host, 'i')).text(),
    ).toBe('PUT / body');
    const missing = await httpRoute(new Request('http://h/c'), state, host, 'i');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { routes: ['/a/', '/b/'] } });
    expect((await httpRoute(new Request('http://h/b/'), state, host, 'i')).status).toBe(500);
    expect(calls.map((c) => c.outcome)).toEqual(['413', '200', '500']);
    await state.close();
  });
});
