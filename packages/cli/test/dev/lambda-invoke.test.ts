import { http, queue, schedule } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import {
  invokeHandler,
  invokeLambda,
  type LambdaHandler,
  lambdaOfDefinition,
  lambdaOfHandler,
} from '../../src/dev/lambda-invoke.js';

interface LambdaContextLike {
  awsRequestId: string;
  functionName: string;
  getRemainingTimeInMillis(): number;
}

describe('invokeLambda', () => {
  it('gives the handler a JSON copy of the event and a Lambda context with the request id and timeout', async () => {
    let seen: { requestId?: string; remaining?: number; name?: string } = {};
    const api = http(
      (_req, ctx) => {
        seen = { requestId: ctx.invocationId, remaining: ctx.remainingMs(), name: ctx.functionName };
        return new Response('hi');
      },
      { timeoutSeconds: 10 },
    );
    const event = {
      version: '2.0',
      rawPath: '/',
      rawQueryString: '',
      headers: {},
      requestContext: {
        http: { method: 'GET', path: '/', sourceIp: '1.1.1.1' },
        domainName: 'x',
        requestId: 'r',
        stage: '$default',
        timeEpoch: 0,
      },
      isBase64Encoded: false,
    };
    const out = await invokeLambda('api', api, event, 'req-1');
    expect(out.ok && (out.result as { body: string }).body).toBe('hi');
    expect(seen.requestId).toBe('req-1');
    expect(seen.name).toBe('api');
    expect(seen.remaining).toBeGreaterThan(9000);
  });

  it('turns an undefined result into null and a rejection into { ok: false }', async () => {
    const out = await invokeLambda(
      'q',
      queue(() => {}),
      { nope: true },
      'r',
    );
    expect(out.ok === false && (out.error as { code?: string }).code).toBe('UNRECOGNIZED_EVENT');
    const tick = {
      version: '0',
      id: '1',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '1',
      time: '2026-01-01T00:00:00Z',
      region: 'us-east-1',
      resources: [],
      detail: {},
    };
    expect(
      await invokeLambda(
        'n',
        schedule('rate(1 minute)', () => {}),
        tick,
        'r',
      ),
    ).toEqual({ ok: true, result: null });
  });
});

describe('invokeHandler', () => {
  it('runs a ready-made handler with a JSON copy of the event and a 3 s Lambda context; JSON-copies the result', async () => {
    const event = { when: new Date(0), n: 1 };
    let seen: { event?: unknown; id?: string; name?: string; remaining?: number } = {};
    const handler: LambdaHandler = async (e: unknown, ctx: LambdaContextLike) => {
      seen = { event: e, id: ctx.awsRequestId, name: ctx.functionName, remaining: ctx.getRemainingTimeInMillis() };
      return { at: new Date(1000), skip: undefined };
    };
    const out = await invokeHandler('built', lambdaOfHandler(handler), event, 'req-7');
    expect(out).toEqual({ ok: true, result: { at: '1970-01-01T00:00:01.000Z' } });
    expect(seen.event).toEqual({ when: '1970-01-01T00:00:00.000Z', n: 1 });
    expect(seen).toMatchObject({ id: 'req-7', name: 'built' });
    expect(seen.remaining).toBeGreaterThan(2000);
    expect(seen.remaining).toBeLessThanOrEqual(3000);
  });

  it('turns a rejection of a ready-made handler into { ok: false } with the error', async () => {
    const boom = new TypeError('boom');
    const handler: LambdaHandler = async () => {
      throw boom;
    };
    expect(await invokeHandler('built', lambdaOfHandler(handler), {}, 'r')).toEqual({ ok: false, error: boom });
  });
});

describe('lambdaOfDefinition / lambdaOfHandler', () => {
  it('build each function once, with the definition timeout or Lambda default 3 s', () => {
    const q = queue({ timeoutSeconds: 30 }, () => {});
    expect(lambdaOfDefinition(q)).toBe(lambdaOfDefinition(q));
    expect(lambdaOfDefinition(q)).toMatchObject({ timeoutSeconds: 30, description: 'faasport queue definition' });
    const handler: LambdaHandler = () => null;
    expect(lambdaOfHandler(handler)).toBe(lambdaOfHandler(handler));
    expect(lambdaOfHandler(handler).timeoutSeconds).toBe(3);
  });
});
