import { DefinitionError, http, queue } from '@faasport/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCloudFunction } from '../src/handler.js';
import { toPubSubCloudEvent } from '../src/testing/pubsub-event.js';
import type { GcpCloudEvent } from '../src/types.js';
import { rawRequest, serveFunction } from './helpers.js';

const named = http((_req, ctx) => new Response(ctx.functionName));

async function functionNameSeen(options?: { name?: string }): Promise<string> {
  const fn = await serveFunction(toCloudFunction(named, options));
  try {
    return (await rawRequest(fn.port, { path: '/' })).body.toString();
  } finally {
    await fn.close();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('toCloudFunction', () => {
  it('returns an HTTP function the Functions Framework serves', async () => {
    const fn = await serveFunction(toCloudFunction(http(() => new Response('served by FF'))));
    try {
      const res = await rawRequest(fn.port, { method: 'POST', path: '/any/path' });
      expect(res.status).toBe(200);
      expect(res.body.toString()).toBe('served by FF');
    } finally {
      await fn.close();
    }
  });

  it.each([
    ['undefined', undefined],
    ['a plain function', () => new Response('x')],
    ['an object without the brand', { kind: 'http', fetch: () => new Response('x') }],
  ])('throws DefinitionError for %s', (_what, value) => {
    expect(() => toCloudFunction(value as never)).toThrow(DefinitionError);
    expect(() => toCloudFunction(value as never)).toThrow(/expects a faasport definition/);
  });

  it('returns a one-argument CloudEvent function for event definitions, an HTTP function with signatureType http', async () => {
    const seen: string[] = [];
    const def = queue(async (msg) => {
      seen.push(msg.id);
    });
    const fn = toCloudFunction(def);
    expect(fn.length).toBe(1);
    await fn(toPubSubCloudEvent({ id: 'direct', body: '' }) as GcpCloudEvent);
    expect(seen).toEqual(['direct']);
    expect(toCloudFunction(def, { signatureType: 'http' }).length).toBe(2);
  });

  it('refuses an unknown signatureType', () => {
    expect(() =>
      toCloudFunction(
        queue(async () => {}),
        { signatureType: 'event' as never },
      ),
    ).toThrow("signatureType must be 'cloudevent' or 'http', got \"event\"");
  });

  it('event functions run at most 540 s, unless served as HTTP functions (3600 s)', () => {
    const def = queue({ timeoutSeconds: 600 }, async () => {});
    expect(() => toCloudFunction(def)).toThrow(/at most 540 on GCP/);
    expect(() => toCloudFunction(def, { signatureType: 'http' })).not.toThrow();
  });

  it.each([0, -1, 3601, Number.NaN])('rejects timeoutSeconds %s', (seconds) => {
    const def = http(() => new Response('x'), { timeoutSeconds: seconds });
    expect(() => toCloudFunction(def)).toThrow(/timeoutSeconds must be a number above 0 and at most 3600/);
  });
});

describe('functionName', () => {
  it('comes from K_SERVICE first', async () => {
    vi.stubEnv('K_SERVICE', 'orders-service');
    vi.stubEnv('FUNCTION_TARGET', 'ordersEntry');
    expect(await functionNameSeen({ name: 'registered' })).toBe('orders-service');
  });

  it('then from FUNCTION_TARGET', async () => {
    vi.stubEnv('K_SERVICE', '');
    vi.stubEnv('FUNCTION_TARGET', 'ordersEntry');
    expect(await functionNameSeen({ name: 'registered' })).toBe('ordersEntry');
  });

  it('then the registered name, else "function"', async () => {
    vi.stubEnv('K_SERVICE', '');
    vi.stubEnv('FUNCTION_TARGET', '');
    expect(await functionNameSeen({ name: 'registered' })).toBe('registered');
    expect(await functionNameSeen()).toBe('function');
  });
});
