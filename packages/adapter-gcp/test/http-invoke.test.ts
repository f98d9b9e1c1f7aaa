import { Agent, get as httpGet } from 'node:http';
import { HttpError, http } from '@faasport/core';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { expectIsolated, type ProbeAnswer, probe } from '../../../test/helpers/isolation.js';
import { toCloudFunction } from '../src/handler.js';
import { deferred, logCapture, rawRequest, serveFunction, within, withTransport } from './helpers.js';

const base = 'https://fn.example.com';

describe('errors', () => {
  it('answers 500 revealing nothing, and logs message and stack in a gcp line', async () => {
    const logs = logCapture();
    const def = http(() => {
      throw new Error('db password is hunter2');
    });
    const fn = await serveFunction(toCloudFunction(def, { logSink: logs.sink }));
    try {
      const res = await rawRequest(fn.port, { path: '/', headers: ['Host', 'h', 'function-execution-id', 'e-1'] });
      expect(res.status).toBe(500);
      expect(res.body.toString()).toBe('Internal Server Error');
      expect(res.body.toString()).not.toContain('hunter2');
      const [line] = logs.records() as { severity: string; invocationId: string; error: Record<string, string> }[];
      expect(line?.severity).toBe('ERROR');
      expect(line?.invocationId).toBe('e-1');
      expect(line?.error.message).toBe('db password is hunter2');
      expect(line?.error.stack).toContain('http-invoke.test.ts');
    } finally {
      await fn.close();
    }
  });

  it('writes the error line to stdout by default (what Cloud Logging reads)', async () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const def = http(() => Promise.reject(new TypeError('boom')));
      const res = await withTransport(def, async (fetch) => {
        const r = await fetch(new Request(`${base}/`));
        return { status: r.status, text: await r.text() };
      });
      expect(res).toEqual({ status: 500, text: 'Internal Server Error' });
    } finally {
      write.mockRestore();
    }
    const record = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r.severity === 'ERROR');
    expect(record).toMatchObject({ message: 'Unhandled error in HTTP handler', error: { message: 'boom' } });
  });

  it('keeps the status and message of an HttpError', async () => {
    const def = http(() => {
      throw new HttpError(404, 'No such order');
    });
    const res = await withTransport(def, async (fetch) => {
      const r = await fetch(new Request(`${base}/orders/9`));
      return { status: r.status, text: await r.text() };
    });
    expect(res).toEqual({ status: 404, text: 'No such order' });
  });

  it('answers 500 when the handler returns something that is not a Response', async () => {
    const logs = logCapture();
    const def = http(() => ({ hello: 'world' }) as unknown as Response);
    const fn = await serveFunction(toCloudFunction(def, { logSink: logs.sink }));
    try {
      const res = await rawRequest(fn.port, { path: '/' });
      expect(res.status).toBe(500);
      const line = logs.records()[0] as { error: { name: string } };
      expect(line.error.name).toBe('ResponseError');
    } finally {
      await fn.close();
    }
  });
});

describe('client disconnect', () => {
  it('aborts ctx.signal when the client goes away before the response', async () => {
    const started = deferred();
    const aborted = deferred<unknown>();
    const def = http(async (_req, ctx) => {
      ctx.signal.addEventListener('abort', () => aborted.resolve(ctx.signal.reason), { once: true });
      started.resolve();
      await aborted.promise;
      return new Response('too late');
    });
    await withTransport(def, async (fetch) => {
      const controller = new AbortController();
      const pending = fetch(new Request(`${base}/slow`, { signal: controller.signal }));
      await within(started.promise, 5000, 'the handler to start');
      controller.abort();
      await expect(pending).rejects.toThrow();
      const reason = await within(aborted.promise, 5000, 'ctx.signal to abort');
      expect((reason as DOMException).name).toBe('AbortError');
    });
  });

  it('does not abort ctx.signal after a normal response', async () => {
    let signal: AbortSignal | undefined;
    const def = http((_req, ctx) => {
      signal = ctx.signal;
      return new Response('done');
    });
    const text = await withTransport(def, async (fetch) => (await fetch(new Request(`${base}/`))).text());
    expect(text).toBe('done');
    expect(signal?.aborted).toBe(false);
  });
});

describe('a Hono app as the handler', () => {
  const app = new Hono<{ Bindings: { provider: string; invocationId: string } }>();
  app.get('/hello/:name', (c) =>
    c.json({ hello: c.req.param('name'), tags: c.req.queries('tag'), via: c.env.provider }),
  );
  app.post('/orders', async (c) => {
    const order = await c.req.json<{ id: number }>();
    c.header('set-cookie', 'a=1', { append: true });
    c.header('set-cookie', 'b=2', { append: true });
    return c.json({ saved: order.id }, 201);
  });

  it('routes, reads params and repeated query keys, and sees the faasport context as env', async () => {
    const body = await withTransport(http(app), async (fetch) =>
      (await fetch(new Request(`${base}/hello/ada?tag=a&tag=b`))).json(),
    );
    expect(body).toEqual({ hello: 'ada', tags: ['a', 'b'], via: 'gcp' });
  });

  it('reads a JSON body that FF had already parsed and sends its cookies separately', async () => {
    const res = await withTransport(http(app), async (fetch) => {
      const r = await fetch(
        new Request(`${base}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"id":7}',
        }),
      );
      return { status: r.status, cookies: r.headers.getSetCookie(), body: await r.json() };
    });
    expect(res).toEqual({ status: 201, cookies: ['a=1', 'b=2'], body: { saved: 7 } });
  });
});

describe('concurrency, deadlines and limits', () => {
  function get(agent: Agent, port: number, path: string, id: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpGet({ host: '127.0.0.1', port, path, agent, headers: { 'function-execution-id': id } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
    });
  }

  it('keeps 1,000 concurrent requests on one Functions Framework server apart', async () => {
    const logs = logCapture();
    const fn = await serveFunction(toCloudFunction(probe, { logSink: logs.sink }));
    const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
    try {
      const expected = new Map<string, string>();
      const pending = Array.from({ length: 1000 }, (_, i) => {
        expected.set(`t${i}`, `exec-${i}`);
        return get(agent, fn.port, `/?token=t${i}`, `exec-${i}`);
      });
      const responses = await Promise.all(pending);
      expect(responses.every((r) => r.status === 200)).toBe(true);
      const answers = responses.map((r) => JSON.parse(r.body) as ProbeAnswer);
      const lines = logs.records().map((l) => ({ invocationId: l.invocationId as string | undefined, token: l.token }));
      expectIsolated(answers, expected, lines);
    } finally {
      agent.destroy();
      await fn.close();
    }
  });

  it('answers a logged 504 at the declared deadline when the handler ignores ctx.signal', async () => {
    const logs = logCapture();
    let abortedAt = -1;
    const start = Date.now();
    const def = http(
      async (_req, ctx) => {
        ctx.signal.addEventListener('abort', () => {
          abortedAt = Date.now() - start;
        });
        await new Promise((resolve) => setTimeout(resolve, 600));
        return new Response('too late');
      },
      { timeoutSeconds: 0.3, abortMarginMs: 100 },
    );
    const fn = await serveFunction(toCloudFunction(def, { logSink: logs.sink }));
    try {
      const res = await rawRequest(fn.port, { path: '/', headers: ['Host', 'h', 'function-execution-id', 'slow-7'] });
      const took = Date.now() - start;
      expect(res.status).toBe(504);
      expect(res.body.toString()).toBe('Gateway Timeout');
      expect(took).toBeLessThan(550);
      expect(abortedAt).toBeGreaterThanOrEqual(150);
      expect(abortedAt).toBeLessThan(300);
      const timeout = logs.records().find((l) => l.message === 'Invocation timed out');
      expect(timeout).toMatchObject({ severity: 'ERROR', invocationId: 'slow-7' });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(logs.records().some((l) => String(l.message).includes('result was discarded'))).toBe(true);
    } finally {
      await fn.close();
    }
  });

  it('answers a logged 500 naming the 32 MiB limit for a declared length over it', async () => {
    const logs = logCapture();
    const def = http(
      () =>
        new Response('x', { headers: { 'content-length': String(40 * 1024 * 1024), 'content-type': 'text/plain' } }),
    );
    const fn = await serveFunction(toCloudFunction(def, { logSink: logs.sink }));
    try {
      const res = await rawRequest(fn.port, { path: '/', headers: ['Host', 'h'] });
      expect(res.status).toBe(500);
      expect(res.body.toString()).toBe('Internal Server Error');
      const line = logs.records().find((l) => l.message === 'Response too large for the platform');
      expect((line?.error as { message: string } | undefined)?.message).toMatch(/33554432 bytes/);
    } finally {
      await fn.close();
    }
  });
});
