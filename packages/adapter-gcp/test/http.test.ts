import { HttpError, http } from '@faasport/core';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
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
      expect(line?.error.stack).toContain('http.test.ts');
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
