// Shared test helpers of @faasport/adapter-aws: an echo handler, log capture, small event builders.
import { type Context, http, type Schema } from '@faasport/core';
import { createContext, createLogger } from '@faasport/core/adapter';
import { vi } from 'vitest';
import { lambdaLogFormat } from '../src/log-format.js';
import type { AlbEvent, ApiGatewayV1Event, ApiGatewayV2Event } from '../src/types.js';

/** What the echo handler answers: the request as the handler saw it. */
export interface Echo {
  method: string;
  url: string;
  headers: [string, string][];
  /** base64 of the body bytes. */
  body: string;
}

/** An HTTP definition that answers with the request it got (JSON `Echo`). */
export const echo = http(async (req) => {
  const bytes = new Uint8Array(await req.arrayBuffer());
  const out: Echo = {
    method: req.method,
    url: req.url,
    headers: [...req.headers],
    body: Buffer.from(bytes).toString('base64'),
  };
  return Response.json(out);
});

/** Parses the echo out of a Lambda result body. */
export function echoOf(result: { body: string; isBase64Encoded: boolean }): Echo {
  const text = result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body;
  return JSON.parse(text) as Echo;
}

/** Captures every structured log line written to stdout while `fn` runs. */
export async function captureLogs<T>(fn: () => Promise<T>): Promise<{ value: T; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const line of text.split('\n'))
      if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  });
  try {
    return { value: await fn(), lines };
  } finally {
    spy.mockRestore();
  }
}

/** A minimal HTTP API (payload 2.0) event. */
export function v2Event(overrides: Partial<ApiGatewayV2Event> = {}, method = 'GET'): ApiGatewayV2Event {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/path',
    rawQueryString: '',
    headers: { host: 'api.example.com' },
    requestContext: { http: { method }, domainName: 'api.example.com', requestId: 'r1', stage: '$default' },
    isBase64Encoded: false,
    ...overrides,
  };
}

/** A minimal REST API (payload 1.0) event. */
export function v1Event(overrides: Partial<ApiGatewayV1Event> = {}, method = 'GET'): ApiGatewayV1Event {
  return {
    resource: '/{proxy+}',
    path: '/path',
    httpMethod: method,
    headers: { Host: 'rest.example.com' },
    multiValueHeaders: { Host: ['rest.example.com'] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    requestContext: { stage: 'prod', path: '/prod/path', domainName: 'rest.example.com', requestId: 'r1' },
    body: null,
    isBase64Encoded: false,
    ...overrides,
  };
}

/** A minimal ALB event; multi-value mode when `multi`. */
export function albEvent(multi: boolean, overrides: Partial<AlbEvent> = {}, method = 'GET'): AlbEvent {
  const base = {
    requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/t/1' } },
    httpMethod: method,
    path: '/path',
    body: '',
    isBase64Encoded: false,
  };
  const mode = multi
    ? { multiValueHeaders: { host: ['alb.example.com'] }, multiValueQueryStringParameters: {} }
    : { headers: { host: 'alb.example.com' }, queryStringParameters: {} };
  return { ...base, ...mode, ...overrides };
}

/** A minimal Standard Schema: an object with a numeric `qty`. */
export const qtySchema: Schema<{ qty: number }> = {
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: async (value) => {
      const qty = (value as { qty?: unknown } | null)?.qty;
      if (typeof qty === 'number') return { value: { qty } };
      return { issues: [{ message: 'expected a number', path: [{ key: 'qty' }] }] };
    },
  },
};

/** A context for calling the event invokers directly, its log lines captured. */
export function eventContext(): { ctx: Context; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    format: lambdaLogFormat,
    invocationId: 'inv-1',
    sink: (_level, line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  const ctx = createContext({
    provider: 'aws',
    functionName: 'f',
    invocationId: 'inv-1',
    coldStart: false,
    log,
    raw: {},
  });
  return { ctx, lines };
}
