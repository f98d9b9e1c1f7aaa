import {
  type Context,
  DefinitionError,
  HttpError,
  http,
  queue,
  topic,
  UnrecognizedEventError,
  UnsupportedEventError,
} from '@faasport/core';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { EventFailedError } from '../src/errors.js';
import { toLambda } from '../src/handler.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';
import { toSnsEvent } from '../src/testing/sns-event.js';
import { toSqsEvent } from '../src/testing/sqs-event.js';
import type { AlbResult, ApiGatewayV1Result, ApiGatewayV2Result } from '../src/types.js';
import { albEvent, captureLogs, echo, echoOf, v1Event, v2Event } from './helpers.js';

const XRAY = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

function contextProbe() {
  let seen: Context | undefined;
  const def = http((_req, ctx) => {
    seen = ctx;
    return new Response('ok');
  });
  return { def, ctx: () => seen as Context };
}

describe('toLambda: context', () => {
  it('coldStart is true on the first invocation of the module, then false', async () => {
    vi.resetModules();
    const fresh = (await import('../src/handler.js')) as typeof import('../src/handler.js');
    const flags: boolean[] = [];
    const handler = fresh.toLambda(
      http((_r, ctx) => {
        flags.push(ctx.coldStart);
        return new Response('x');
      }),
    );
    await handler(v2Event(), createLambdaContext());
    await handler(v2Event(), createLambdaContext());
    expect(flags).toEqual([true, false]);
  });

  it('carries functionName, invocationId, remainingMs, deadline, raw', async () => {
    const probe = contextProbe();
    const event = v2Event();
    const context = createLambdaContext({ functionName: 'orders', awsRequestId: 'req-42', timeoutMs: 10_000 });
    await toLambda(probe.def)(event, context);
    const ctx = probe.ctx();
    expect(ctx).toMatchObject({ provider: 'aws', functionName: 'orders', invocationId: 'req-42' });
    expect(ctx.remainingMs()).toBeGreaterThan(8_000);
    expect(ctx.remainingMs()).toBeLessThanOrEqual(10_000);
    expect(Math.abs((ctx.deadline as Date).getTime() - (Date.now() + ctx.remainingMs()))).toBeLessThan(50);
    expect(ctx.raw).toEqual({ event, context });
  });

  it('trace: traceparent header first, then X-Ray header, then _X_AMZN_TRACE_ID', async () => {
    const probe = contextProbe();
    const handler = toLambda(probe.def);
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await handler(
      v2Event({ headers: { host: 'h.example.com', traceparent, 'x-amzn-trace-id': XRAY } }),
      createLambdaContext(),
    );
    expect(probe.ctx().trace?.traceparent).toBe(traceparent);
    await handler(
      v1Event({ multiValueHeaders: { Host: ['h.example.com'], 'X-Amzn-Trace-Id': [XRAY] } }),
      createLambdaContext(),
    );
    expect(probe.ctx().trace?.traceparent).toBe('00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01');
    vi.stubEnv('_X_AMZN_TRACE_ID', 'Root=1-5759e988-bd862e3fe1be46a994272794;Parent=53995c3f42cd8ad9;Sampled=0');
    try {
      await handler(v2Event(), createLambdaContext());
      expect(probe.ctx().trace).toMatchObject({ traceId: '5759e988bd862e3fe1be46a994272794', sampled: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('signal aborts before the deadline (short timeout), with a TimeoutError', async () => {
    let aborted: { at: number; reason: unknown } | undefined;
    const def = http(async (_req, ctx) => {
      await new Promise<void>((resolve) => {
        ctx.signal.addEventListener('abort', () => {
          aborted = { at: ctx.remainingMs(), reason: ctx.signal.reason };
          resolve();
        });
      });
      return new Response('stopped');
    });
    const result = await toLambda(def)(v2Event(), createLambdaContext({ timeoutMs: 800 }));
    expect(result.body).toBe('stopped');
    expect(aborted?.at).toBeGreaterThan(300);
    expect(aborted?.reason).toBeInstanceOf(DOMException);
    expect((aborted as { reason: DOMException }).reason.name).toBe('TimeoutError');
  });
});

describe('toLambda: results per shape', () => {
  it('answers each event shape with its own result shape', async () => {
    const handler = toLambda(echo);
    const v2 = (await handler(v2Event(), createLambdaContext())) as ApiGatewayV2Result;
    expect(Object.keys(v2).sort()).toEqual(['body', 'headers', 'isBase64Encoded', 'statusCode']);
    const v1 = (await handler(v1Event(), createLambdaContext())) as ApiGatewayV1Result;
    expect(v1).not.toHaveProperty('statusDescription');
    const alb = (await handler(albEvent(false), createLambdaContext())) as AlbResult;
    expect(alb).toMatchObject({ statusDescription: '200 OK' });
    expect(alb.headers).toBeDefined();
    const albMulti = (await handler(albEvent(true), createLambdaContext())) as AlbResult;
    expect(albMulti.headers).toBeUndefined();
    expect(albMulti.multiValueHeaders?.['content-type']).toEqual(['application/json']);
  });

  it('passes method, URL, headers and body bytes to the handler', async () => {
    const body = Buffer.from([0, 1, 254, 255]).toString('base64');
    const event = v2Event(
      { rawPath: '/x', rawQueryString: 'a=1&a=2', body, isBase64Encoded: true, cookies: ['c=1'] },
      'POST',
    );
    const seen = echoOf((await toLambda(echo)(event, createLambdaContext())) as ApiGatewayV2Result);
    expect(seen).toMatchObject({ method: 'POST', url: 'https://api.example.com/x?a=1&a=2', body });
    expect(seen.headers).toContainEqual(['cookie', 'c=1']);
  });

  it('works with a Hono app as the handler, ctx as env', async () => {
    const app = new Hono<{ Bindings: Context }>();
    app.get('/hello/:name', (c) =>
      c.json({ name: c.req.param('name'), q: c.req.queries('q'), provider: c.env.provider }),
    );
    const result = await toLambda(http(app))(
      v2Event({ rawPath: '/hello/ada', rawQueryString: 'q=1&q=2' }),
      createLambdaContext(),
    );
    expect(JSON.parse(result.body)).toEqual({ name: 'ada', q: ['1', '2'], provider: 'aws' });
  });
});

describe('toLambda: errors', () => {
  it('a thrown error is a 500 revealing nothing; the log line has message and stack', async () => {
    const def = http(() => {
      throw new Error('db password is hunter2');
    });
    const { value, lines } = await captureLogs(() =>
      toLambda(def)(v2Event(), createLambdaContext({ awsRequestId: 'req-err' })),
    );
    expect(value.statusCode).toBe(500);
    expect(value.body).not.toMatch(/hunter2|at /);
    const line = lines.find((l) => l.level === 'ERROR');
    expect(line).toMatchObject({ requestId: 'req-err' });
    expect(JSON.stringify(line)).toContain('db password is hunter2');
    expect((line as { error: { stack: string } }).error.stack).toContain('handler.test.ts');
  });

  it('keeps the HttpError status and message', async () => {
    const result = await toLambda(http(() => Promise.reject(new HttpError(409, 'Already exists'))))(
      v1Event(),
      createLambdaContext(),
    );
    expect(result).toMatchObject({ statusCode: 409, body: 'Already exists' });
  });

  it('invalid base64 is a 400, logged as a warning', async () => {
    const event = albEvent(true, { body: 'not really base64', isBase64Encoded: true });
    const { value, lines } = await captureLogs(() => toLambda(echo)(event, createLambdaContext()));
    expect(value).toMatchObject({ statusCode: 400, statusDescription: '400 Bad Request', body: 'Bad Request' });
    expect(JSON.stringify(lines)).toMatch(/not valid base64/);
  });

  it('a body stream that fails while being read becomes a 500', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('disk gone'));
      },
    });
    const { value } = await captureLogs(() =>
      toLambda(http(() => new Response(broken)))(v2Event(), createLambdaContext()),
    );
    expect(value).toMatchObject({ statusCode: 500, body: 'Internal Server Error' });
  });

  it('rejects an event no shape recognises with UnrecognizedEventError naming what it looked for', async () => {
    const handler = toLambda(echo);
    const sqs = { Records: [{ messageId: '1', eventSource: 'aws:sqs' }] };
    await expect(handler(sqs, createLambdaContext())).rejects.toThrow(UnrecognizedEventError);
    await expect(handler(sqs, createLambdaContext())).rejects.toThrow(/requestContext\.elb.*keys \[Records\]/);
    await expect(handler(null, createLambdaContext())).rejects.toThrow(/got null/);
  });

  it('rejects CloudFront / Lambda@Edge with UnsupportedEventError', async () => {
    const edge = { Records: [{ cf: { config: {}, request: { uri: '/' } } }] };
    await expect(toLambda(echo)(edge, createLambdaContext())).rejects.toThrow(UnsupportedEventError);
    await expect(toLambda(echo)(edge, createLambdaContext())).rejects.toThrow(/Lambda@Edge/);
  });

  it('throws DefinitionError for a value that is not a definition', () => {
    expect(() => toLambda({} as never)).toThrow(DefinitionError);
    expect(() => toLambda(null as never)).toThrow(/got null/);
  });

  it('an http definition given an SQS batch still rejects with UnrecognizedEventError', async () => {
    const sqs = toSqsEvent([{ id: 'm', body: 'x' }]);
    await expect(toLambda(echo)(sqs, createLambdaContext())).rejects.toThrow(UnrecognizedEventError);
  });
});

describe('toLambda: event definitions', () => {
  it('a queue definition resolves to batchItemFailures; its context is the invocation', async () => {
    let seen: Context | undefined;
    let traceparent: string | undefined;
    const handler = toLambda(
      queue((_msg, ctx) => {
        seen = ctx;
        // Lambda sets _X_AMZN_TRACE_ID for the invocation only: the trace is read during it.
        traceparent = ctx.trace?.traceparent;
      }),
    );
    const event = toSqsEvent([{ id: 'm1', body: 'x' }]);
    const context = createLambdaContext({ functionName: 'orders', awsRequestId: 'req-q', timeoutMs: 5_000 });
    vi.stubEnv('_X_AMZN_TRACE_ID', XRAY);
    try {
      expect(await handler(event, context)).toEqual({ batchItemFailures: [] });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(seen).toMatchObject({ provider: 'aws', functionName: 'orders', invocationId: 'req-q' });
    expect(seen?.raw).toEqual({ event, context });
    expect(seen?.remainingMs()).toBeGreaterThan(3_000);
    expect(traceparent).toBe('00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01');
  });

  it('event-kind logs are Lambda JSON lines with the request id', async () => {
    const handler = toLambda(
      queue((msg, ctx) => {
        ctx.log.info('got', { id: msg.id });
      }),
    );
    const { lines } = await captureLogs(() =>
      handler(toSqsEvent([{ id: 'm1', body: 'x' }]), createLambdaContext({ awsRequestId: 'req-log' })),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'INFO', requestId: 'req-log', message: 'got', id: 'm1' }),
    );
  });

  it('a topic definition resolves to undefined, and rejects when its handler fails', async () => {
    const ok = toLambda(topic(() => {}));
    expect(await ok(toSnsEvent({ id: 'n', body: 'x' }), createLambdaContext())).toBeUndefined();
    const failing = toLambda(topic(() => Promise.reject(new Error('x'))));
    const { value } = await captureLogs(() =>
      failing(toSnsEvent({ id: 'n', body: 'x' }), createLambdaContext()).catch((error: unknown) => error),
    );
    expect(value).toBeInstanceOf(EventFailedError);
  });
});
