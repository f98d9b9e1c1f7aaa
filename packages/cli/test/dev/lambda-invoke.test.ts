import { http, queue, schedule } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { invokeLambda } from '../../src/dev/lambda-invoke.js';

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
