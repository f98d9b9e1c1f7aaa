import { http, onInit } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { expectIsolated, type ProbeAnswer, probe } from '../../../test/helpers/isolation.js';
import { toLambda } from '../src/handler.js';
import { invokeHttp } from '../src/http-invoke.js';
import { toApiGatewayV2Event } from '../src/testing/apigw-v2-event.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';
import { captureLogs, v2Event } from './helpers.js';

describe('invokeHttp', () => {
  it('answers malformed input with 400 without calling the handler', async () => {
    let called = false;
    const def = http(() => {
      called = true;
      return new Response('x');
    });
    const event = v2Event({ body: '@@@', isBase64Encoded: true }, 'POST');
    const { value } = await captureLogs(() => invokeHttp(def, event, createLambdaContext()));
    expect(value.statusCode).toBe(400);
    expect(called).toBe(false);
  });

  it('answers a handler that returns no Response with 500', async () => {
    const def = http(() => undefined as unknown as Response);
    const { value, lines } = await captureLogs(() => invokeHttp(def, v2Event(), createLambdaContext()));
    expect(value.statusCode).toBe(500);
    expect(JSON.stringify(lines)).toMatch(/must return a Response/);
  });

  it('releases the deadline timer once the invocation is over', async () => {
    let signal: AbortSignal | undefined;
    const def = http((_r, ctx) => {
      signal = ctx.signal;
      return new Response('x');
    });
    await invokeHttp(def, v2Event(), createLambdaContext({ timeoutMs: 600 }));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(signal?.aborted).toBe(false);
  });
});

describe('invokeHttp: concurrency, deadlines, limits', () => {
  it('keeps 1,000 concurrent invocations apart: context, currentContext() deep down, log lines, state', async () => {
    const handler = toLambda(probe);
    const expected = new Map<string, string>();
    const events = await Promise.all(
      Array.from({ length: 1000 }, async (_, i) => {
        const token = `t${i}`;
        expected.set(token, `req-${i}`);
        const event = await toApiGatewayV2Event(new Request(`https://x.example/p?token=${token}`));
        return { event, context: createLambdaContext({ awsRequestId: `req-${i}`, timeoutMs: 10_000 }) };
      }),
    );
    const { value, lines } = await captureLogs(() =>
      Promise.all(events.map(({ event, context }) => handler(event, context))),
    );
    const answers = value.map((r) => JSON.parse(r.body ?? '') as ProbeAnswer);
    const logLines = lines.map((l) => ({ invocationId: l.requestId as string | undefined, token: l.token }));
    expectIsolated(answers, expected, logLines);
  });

  it('aborts ctx.signal abortMarginMs before Lambda’s deadline and reports the remaining time', async () => {
    let abortedAfter = -1;
    let remainingAtStart = -1;
    const def = http(
      async (_req, ctx) => {
        remainingAtStart = ctx.remainingMs();
        const start = Date.now();
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        abortedAfter = Date.now() - start;
        return new Response('stopped');
      },
      { abortMarginMs: 150 },
    );
    const result = await invokeHttp(def, v2Event(), createLambdaContext({ timeoutMs: 300 }), 150);
    expect(result.body).toBe('stopped');
    expect(remainingAtStart).toBeGreaterThan(250);
    expect(remainingAtStart).toBeLessThanOrEqual(300);
    expect(abortedAfter).toBeGreaterThanOrEqual(100);
    expect(abortedAfter).toBeLessThan(250);
  });

  it('logs "Invocation timed out" with the request id just before the deadline of a handler that ignores the signal', async () => {
    const def = http(async () => {
      await new Promise((resolve) => setTimeout(resolve, 260));
      return new Response('late');
    });
    const context = createLambdaContext({ awsRequestId: 'slow-1', timeoutMs: 120 });
    const { lines } = await captureLogs(() => invokeHttp(def, v2Event(), context));
    const timeout = lines.find((l) => l.message === 'Invocation timed out');
    expect(timeout).toMatchObject({ level: 'ERROR', requestId: 'slow-1' });
    expect((timeout?.error as { name?: string } | undefined)?.name).toBe('InvocationTimeoutError');
  });

  it('writes no timeout line for an invocation that finishes in time', async () => {
    const def = http(() => new Response('quick'));
    const { lines } = await captureLogs(async () => {
      await invokeHttp(def, v2Event(), createLambdaContext({ timeoutMs: 80 }));
      await new Promise((resolve) => setTimeout(resolve, 120));
    });
    expect(lines.filter((l) => l.message === 'Invocation timed out')).toEqual([]);
  });

  it('answers a logged 500 naming the 6 MB limit and toStreamingLambda instead of Lambda’s bare failure', async () => {
    const def = http(
      () => new Response(new Uint8Array(5_000_000).fill(3), { headers: { 'content-type': 'image/png' } }),
    );
    const { value, lines } = await captureLogs(() => invokeHttp(def, v2Event(), createLambdaContext()));
    expect(value.statusCode).toBe(500);
    expect(value.body).toBe('Internal Server Error');
    const logged = lines.find((l) => l.message === 'Response too large for the platform');
    expect((logged?.error as { message?: string } | undefined)?.message).toMatch(/6291556 bytes.*toStreamingLambda/);
    expect(logged?.limit).toBe(6_291_556);
  });

  it('runs onInit once, before the first handler call, even for concurrent first invocations', async () => {
    let initRuns = 0;
    let ready = false;
    const remove = onInit(async () => {
      initRuns += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      ready = true;
    });
    try {
      const def = http(() => new Response(String(ready)));
      const results = await Promise.all(
        Array.from({ length: 5 }, () => invokeHttp(def, v2Event(), createLambdaContext())),
      );
      expect(results.map((r) => r.body)).toEqual(['true', 'true', 'true', 'true', 'true']);
      expect(initRuns).toBe(1);
    } finally {
      remove();
    }
  });
});
