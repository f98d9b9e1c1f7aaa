import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Context, http } from '@faasport/core';
import { describe, expect, it, vi } from 'vitest';
import { createCloudEventContext } from '../src/context.js';
import { toCloudFunction } from '../src/handler.js';
import type { CloudHttpFunction, GcpRaw } from '../src/types.js';
import { logCapture, rawRequest, serveFunction } from './helpers.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const CLOUD_TRACE = '105445aa7843bc8bf206b12000100000/1;o=1';

/** Serves a definition that reports `ctx` through FF and returns what one request saw. */
async function contextOf(headers: string[], options: { timeoutSeconds?: number } = {}) {
  const logs = logCapture();
  let seen: Context | undefined;
  const def = http((_req, ctx) => {
    seen = ctx;
    ctx.log.info('hello');
    return new Response('ok');
  }, options);
  const fn = await serveFunction(toCloudFunction(def, { name: 'ctx-fn', logSink: logs.sink }));
  try {
    const res = await rawRequest(fn.port, { path: '/', headers: ['Host', 'h', ...headers] });
    expect(res.status).toBe(200);
  } finally {
    await fn.close();
  }
  return { ctx: seen as Context, log: logs.records()[0] as Record<string, unknown> };
}

/** Runs a wrapped function behind a plain Node server (no FF, so no executionId). */
async function outsideFramework(fn: CloudHttpFunction, headers: string[]): Promise<void> {
  const server = createServer((req, res) => void fn(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await rawRequest((server.address() as AddressInfo).port, { path: '/', headers: ['Host', 'h', ...headers] });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('context', () => {
  it('is a gcp context with raw { req, res } and gcp-format log lines carrying the invocation id', async () => {
    const { ctx, log } = await contextOf(['function-execution-id', 'exec-123']);
    expect(ctx.provider).toBe('gcp');
    expect(ctx.functionName).toBe('ctx-fn');
    const raw = ctx.raw as GcpRaw;
    expect(raw.req.headers.host).toBe('h');
    expect(typeof raw.res.setHeader).toBe('function');
    expect(log).toMatchObject({
      severity: 'INFO',
      message: 'hello',
      invocationId: 'exec-123',
      'logging.googleapis.com/labels': { execution_id: 'exec-123' },
    });
  });

  it('takes the invocation id from FF: the function-execution-id header it copies', async () => {
    const { ctx } = await contextOf(['function-execution-id', 'abc-42']);
    expect(ctx.invocationId).toBe('abc-42');
  });

  it("uses FF's generated execution id when no header is sent", async () => {
    const { ctx } = await contextOf([]);
    expect(ctx.invocationId).toBe((ctx.raw as GcpRaw).req.executionId);
    expect(ctx.invocationId).toMatch(/^[0-9a-z]{6,12}$/);
  });

  it('outside FF falls back to the header, then the trace id, then a random UUID', async () => {
    const ids: string[] = [];
    const fn = toCloudFunction(
      http((_req, ctx) => {
        ids.push(ctx.invocationId);
        return new Response(null, { status: 204 });
      }),
    );
    await outsideFramework(fn, ['function-execution-id', 'from-header']);
    await outsideFramework(fn, ['traceparent', TRACEPARENT]);
    await outsideFramework(fn, []);
    expect(ids[0]).toBe('from-header');
    expect(ids[1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(ids[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads the trace from traceparent (with tracestate)', async () => {
    const { ctx } = await contextOf(['traceparent', TRACEPARENT, 'tracestate', 'congo=t61rcWkgMzE']);
    expect(ctx.trace).toMatchObject({ traceparent: TRACEPARENT, tracestate: 'congo=t61rcWkgMzE', sampled: true });
  });

  it('reads the trace from X-Cloud-Trace-Context and links log lines to it', async () => {
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', 'my-project');
    try {
      const { ctx, log } = await contextOf(['X-Cloud-Trace-Context', CLOUD_TRACE]);
      expect(ctx.trace).toMatchObject({
        traceId: '105445aa7843bc8bf206b12000100000',
        spanId: '0000000000000001',
        sampled: true,
      });
      expect(log['logging.googleapis.com/trace']).toBe('projects/my-project/traces/105445aa7843bc8bf206b12000100000');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('prefers traceparent when both trace headers are present', async () => {
    const { ctx } = await contextOf(['X-Cloud-Trace-Context', CLOUD_TRACE, 'traceparent', TRACEPARENT]);
    expect(ctx.trace?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('has no deadline unless the definition declares timeoutSeconds', async () => {
    const { ctx } = await contextOf([]);
    expect(ctx.deadline).toBeUndefined();
    expect(ctx.remainingMs()).toBe(Number.POSITIVE_INFINITY);
  });

  it('sets the deadline from a declared timeoutSeconds and aborts the signal before it', async () => {
    const before = Date.now();
    let abortedAfter = -1;
    let reason: unknown;
    const def = http(
      async (_req, ctx) => {
        expect(ctx.deadline!.getTime() - before).toBeGreaterThanOrEqual(1000);
        expect(ctx.deadline!.getTime() - before).toBeLessThan(1500);
        await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
        abortedAfter = Date.now() - before;
        reason = ctx.signal.reason;
        return new Response('stopped in time');
      },
      { timeoutSeconds: 1 },
    );
    const fn = await serveFunction(toCloudFunction(def));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      expect(res.body.toString()).toBe('stopped in time');
    } finally {
      await fn.close();
    }
    expect(abortedAfter).toBeGreaterThanOrEqual(400);
    expect(abortedAfter).toBeLessThan(1000);
    expect((reason as DOMException).name).toBe('TimeoutError');
  });

  it('reports a cold start on the first invocation of a fresh process only', async () => {
    vi.resetModules();
    const fresh = await import('../src/handler.js');
    const starts: boolean[] = [];
    const def = http((_req, ctx) => {
      starts.push(ctx.coldStart);
      return new Response('ok');
    });
    const fn = await serveFunction(fresh.toCloudFunction(def));
    try {
      await rawRequest(fn.port, { path: '/' });
      await rawRequest(fn.port, { path: '/' });
      await rawRequest(fn.port, { path: '/' });
    } finally {
      await fn.close();
    }
    expect(starts).toEqual([true, false, false]);
  });
});

describe('createCloudEventContext', () => {
  const ce = { specversion: '1.0', id: 'evt-42', source: '/s', type: 't', traceparent: TRACEPARENT };

  it('uses the event id as invocation id, the event traceparent as trace, and keeps the event as raw', () => {
    const logs = logCapture();
    const ctx = createCloudEventContext(ce, { functionName: 'events', logSink: logs.sink });
    ctx.log.info('seen');
    ctx.dispose();
    expect(ctx).toMatchObject({ provider: 'gcp', functionName: 'events', invocationId: 'evt-42' });
    expect(ctx.trace?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(ctx.raw.cloudEvent).toBe(ce);
    expect(ctx.deadline).toBeUndefined();
    expect(logs.records()[0]).toMatchObject({ severity: 'INFO', message: 'seen' });
    expect(JSON.stringify(logs.records()[0])).toContain('evt-42');
  });

  it('has a deadline from the declared timeout, and a random id for something without one', () => {
    const ctx = createCloudEventContext({ ...ce, id: '' }, { functionName: 'f', timeoutMs: 10_000 });
    ctx.dispose();
    expect(ctx.invocationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.remainingMs()).toBeGreaterThan(9_000);
  });
});
