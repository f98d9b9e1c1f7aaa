import { HttpError, http } from '@faasport/core';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { expectIsolated, type ProbeAnswer, probe } from '../../../test/helpers/isolation.js';
import { invokeHttp } from '../src/http-invoke.js';
import { toHttpRequest } from '../src/testing/http-request.js';
import { fromHttpResponse } from '../src/testing/http-response.js';
import { createInvocationContext } from '../src/testing/invocation-context.js';
import type { AzureHttpRaw } from '../src/types.js';
import { invokeDirect } from './helpers.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('invokeHttp', () => {
  // First in the file: the cold-start flag is per process and the file runs in its own process.
  it('reports a cold start on the first invocation of the process only', async () => {
    const starts: boolean[] = [];
    const def = http((_req, ctx) => {
      starts.push(ctx.coldStart);
      return new Response('');
    });
    await invokeDirect(def, new Request('http://localhost/api/x'));
    await invokeDirect(def, new Request('http://localhost/api/x'));
    expect(starts).toEqual([true, false]);
  });

  it('builds the context from the InvocationContext and writes logs through its level methods', async () => {
    let seen: Record<string, unknown> = {};
    const def = http((_req, ctx) => {
      const raw = ctx.raw as AzureHttpRaw;
      seen = {
        provider: ctx.provider,
        functionName: ctx.functionName,
        invocationId: ctx.invocationId,
        deadline: ctx.deadline,
        remaining: ctx.remainingMs(),
        traceparent: ctx.trace?.traceparent,
        tracestate: ctx.trace?.tracestate,
        rawUrl: raw.request.url,
        rawInvocation: raw.context.invocationId,
      };
      ctx.log.debug('dbg');
      ctx.log.info('hello', { orderId: 7 });
      ctx.log.warn('careful');
      return new Response('ok');
    });
    const { logs } = await invokeDirect(def, new Request('http://localhost/api/x'), {
      functionName: 'orders',
      invocationId: 'inv-1',
      traceContext: { traceParent: TRACEPARENT, traceState: 'az=1' },
    });
    expect(seen).toEqual({
      provider: 'azure',
      functionName: 'orders',
      invocationId: 'inv-1',
      deadline: undefined,
      remaining: Number.POSITIVE_INFINITY,
      traceparent: TRACEPARENT,
      tracestate: 'az=1',
      rawUrl: 'http://localhost/api/x',
      rawInvocation: 'inv-1',
    });
    // debug is below the default level; info and warn map to Azure's information and warning.
    expect(logs.map((l) => l.level)).toEqual(['information', 'warning']);
    expect(JSON.parse(logs[0]?.message ?? '')).toMatchObject({
      level: 'info',
      invocationId: 'inv-1',
      message: 'hello',
      orderId: 7,
    });
  });

  it('sets a deadline only when the definition declares timeoutSeconds', async () => {
    let deadline: Date | undefined;
    const def = http(
      (_req, ctx) => {
        deadline = ctx.deadline;
        return new Response(null, { status: 204 });
      },
      { timeoutSeconds: 30 },
    );
    const before = Date.now();
    await invokeDirect(def, new Request('http://localhost/api/x'));
    expect(deadline?.getTime()).toBeGreaterThanOrEqual(before + 30_000);
    expect(deadline?.getTime()).toBeLessThanOrEqual(Date.now() + 30_000);
  });

  it('turns a thrown error into a 500 that reveals nothing, while the log line has message and stack', async () => {
    const def = http(() => {
      throw new Error('db password is hunter2');
    });
    const { response, logs } = await invokeDirect(def, new Request('http://localhost/api/x'));
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toBe('Internal Server Error');
    expect(body).not.toContain('hunter2');
    const line = logs.find((l) => l.level === 'error');
    expect(line?.message).toContain('db password is hunter2');
    expect(JSON.parse(line?.message ?? '{}').error.stack).toMatch(/http-invoke\.test\.ts/);
  });

  it('answers an HttpError with its status and message', async () => {
    const def = http(() => {
      throw new HttpError(404, 'No such order');
    });
    const { response } = await invokeDirect(def, new Request('http://localhost/api/orders/9'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('No such order');
  });

  it('answers 500 (logged) when the handler returns a Set-Cookie Azure cannot represent', async () => {
    const def = http(() => new Response('secret body', { headers: { 'set-cookie': 'garbage' } }));
    const { response, logs } = await invokeDirect(def, new Request('http://localhost/api/x'));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal Server Error');
    expect(logs.find((l) => l.level === 'error')?.message).toContain('no name=value pair');
  });

  it('runs a Hono app with the faasport context as env', async () => {
    const app = new Hono<{ Bindings: { provider: string } }>();
    app.get('/api/items/:id', (c) => c.json({ id: c.req.param('id'), tags: c.req.queries('tag'), on: c.env.provider }));
    const { response } = await invokeDirect(http(app), new Request('http://localhost/api/items/42?tag=a&tag=b'));
    expect(await response.json()).toEqual({ id: '42', tags: ['a', 'b'], on: 'azure' });
  });
});

describe('invokeHttp: concurrency and deadlines', () => {
  it('keeps 1,000 concurrent invocations with real InvocationContexts apart', async () => {
    const handler = invokeHttp(probe);
    const expected = new Map<string, string>();
    const calls = await Promise.all(
      Array.from({ length: 1000 }, async (_, i) => {
        expected.set(`t${i}`, `inv-${i}`);
        const request = await toHttpRequest(new Request(`http://localhost/api/p?token=t${i}`));
        return { request, ...createInvocationContext({ invocationId: `inv-${i}` }) };
      }),
    );
    const inits = await Promise.all(calls.map(({ request, context }) => handler(request, context)));
    const answers = await Promise.all(
      inits.map(async (init) => (await fromHttpResponse(init)).json() as Promise<ProbeAnswer>),
    );
    // Each context's own log handler got its lines: the invocation id is the context's, whatever the line says.
    const lines = calls.flatMap(({ context, logs }) =>
      logs.map((l) => {
        const record = JSON.parse(l.message) as { invocationId: string; token?: unknown };
        expect(record.invocationId).toBe(context.invocationId);
        return { invocationId: record.invocationId, token: record.token };
      }),
    );
    expectIsolated(answers, expected, lines);
  });

  it('answers a logged 504 at the declared deadline when the handler ignores ctx.signal', async () => {
    const def = http(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return new Response('too late');
      },
      { timeoutSeconds: 0.15 },
    );
    const start = Date.now();
    const { response, logs } = await invokeDirect(def, new Request('http://localhost/api/slow'), {
      invocationId: 'slow-azure',
    });
    expect(Date.now() - start).toBeLessThan(450);
    expect(response.status).toBe(504);
    expect(await response.text()).toBe('Gateway Timeout');
    const line = logs.find((l) => l.message.includes('Invocation timed out'));
    expect(line?.level).toBe('error');
    const logged = JSON.parse(line?.message ?? '{}') as { invocationId?: string; timeoutMs?: number };
    expect(logged.invocationId).toBe('slow-azure');
    // The time the invocation was given: the declared 150 ms less what elapsed before the watch began.
    expect(logged.timeoutMs).toBeGreaterThan(100);
    expect(logged.timeoutMs).toBeLessThanOrEqual(150);
  });

  it('aborts ctx.signal abortMarginMs before the declared deadline', async () => {
    let abortedAfter = -1;
    const def = http(
      async (_req, ctx) => {
        const start = Date.now();
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        abortedAfter = Date.now() - start;
        return new Response('stopped in time');
      },
      { timeoutSeconds: 0.3, abortMarginMs: 200 },
    );
    const { response } = await invokeDirect(def, new Request('http://localhost/api/x'));
    expect(await response.text()).toBe('stopped in time');
    expect(abortedAfter).toBeGreaterThanOrEqual(60);
    expect(abortedAfter).toBeLessThan(200);
  });
});
