// Nothing a handler throws or logs breaks delivery (issue 10, items 4 and 7): for any value — JSON,
// fast-check's `anything`, cycles, BigInt, symbols, throwing accessors and toJSON, deep nesting,
// unreadable Errors — every adapter's HTTP and batch paths give the documented answer. Thrown: a
// 500 with a generic body / exactly that message failed. Logged inside the handler: success.
// Never a rejected invocation where a result is documented, never a crash.
import { eventTransport as awsEvents, lambdaTransport } from '@faasport/adapter-aws/testing';
import { eventTransport as azureEvents, azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport, eventTransport as gcpEvents } from '@faasport/adapter-gcp/testing';
import { type Context, http, queue, stream } from '@faasport/core';
import type { EventInput, EventTransport, Transport } from '@faasport/core/adapter';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostileValue, quietStdout } from './helpers.js';

const RUNS = { numRuns: 100 };
const GENERIC = 'Internal Server Error';
type Mode = 'thrown' | 'logged';

/** The value the current case throws or logs; the definitions below read it. */
let current: { value: unknown; mode: Mode } = { value: undefined, mode: 'thrown' };

function misbehave(ctx: Context): void {
  const { value, mode } = current;
  if (mode === 'thrown') throw value;
  ctx.log.info('hostile fields', value as Record<string, unknown>);
  ctx.log.error('hostile error', { error: value, nested: { value } });
  ctx.log.warn(value as string);
}

const api = http((_req, ctx) => {
  misbehave(ctx);
  return new Response('ok');
});

// Only message `b` misbehaves; `a` and `c` must be acknowledged whatever `b` did.
const orders = queue(async (msg, ctx) => {
  if (msg.id === 'b') misbehave(ctx);
});

let streamCalls = 0;
const changes = stream(async (_rec, ctx) => {
  streamCalls += 1;
  if (streamCalls === 2) misbehave(ctx);
});

const MESSAGES: EventInput = {
  kind: 'message',
  messages: ['a', 'b', 'c'].map((id) => ({ id, body: `{"n":"${id}"}` })),
};
const RECORDS: EventInput = {
  kind: 'stream',
  records: ['a', 'b', 'c'].map((id) => ({
    id,
    partitionKey: 'p',
    data: id,
    change: 'insert' as const,
    keys: { id },
    newImage: { id },
  })),
};

const cases = fc.tuple(hostileValue, fc.constantFrom<Mode>('thrown', 'logged'));

async function property(check: (mode: Mode) => Promise<void>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(cases, async ([hostile, mode]) => {
      current = { value: hostile.value, mode };
      streamCalls = 0;
      await check(mode);
    }),
    RUNS,
  );
}

async function expectHttp(transport: Transport, mode: Mode): Promise<void> {
  const res = await transport.fetch(new Request('https://api.example.com/orders', { method: 'POST', body: 'x' }));
  const body = await res.text();
  if (mode === 'logged') {
    expect([res.status, body]).toEqual([200, 'ok']);
    return;
  }
  expect(res.status).toBe(500);
  expect(body).toMatch(/^(Internal Server Error|\{"message":"Internal Server Error"\})?$/);
}

async function expectBatch(events: EventTransport, source: string, mode: Mode, failed: string[]): Promise<void> {
  const input = source === 'kinesis' || source === 'dynamodb' ? RECORDS : MESSAGES;
  const def = input === RECORDS ? changes : orders;
  const report = await events.deliver(def, input, source);
  expect(report.redelivered).toEqual(mode === 'thrown' ? failed : []);
  expect([...report.acknowledged].sort()).toEqual(['a', 'b', 'c'].filter((id) => !report.redelivered.includes(id)));
}

describe('AWS: toLambda', () => {
  it('API Gateway v2 HTTP: thrown → 500 (never a rejected invocation, 502); logged → 200', async () => {
    const transport = lambdaTransport(api, { shape: 'apigw-v2' });
    await quietStdout(() => property((mode) => expectHttp(transport, mode)));
  });

  it('SQS [good, bad, good]: thrown → exactly the bad message in batchItemFailures; logged → none', async () => {
    const events = awsEvents();
    await quietStdout(() =>
      property(async (mode) => {
        await expectBatch(events, 'sqs', mode, ['b']);
        const [result] = (await events.deliver(orders, MESSAGES, 'sqs')).results as {
          result?: unknown;
          error?: unknown;
        }[];
        expect(result?.error).toBeUndefined();
        expect(result?.result).toEqual({ batchItemFailures: mode === 'thrown' ? [{ itemIdentifier: 'b' }] : [] });
      }),
    );
  });

  it('Kinesis and DynamoDB Streams: thrown → resume at the bad record (it and later come back); logged → none', async () => {
    const events = awsEvents();
    await quietStdout(() =>
      property(async (mode) => {
        await expectBatch(events, 'kinesis', mode, ['b', 'c']);
        streamCalls = 0;
        await expectBatch(events, 'dynamodb', mode, ['b', 'c']);
      }),
    );
  });
});

describe('GCP: through the real Functions Framework server', () => {
  // FF writes every crash to console.error; the function's own log is the subject here.
  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('HTTP: thrown → 500 "Internal Server Error"; logged → 200', async () => {
    const transport = await cloudFunctionTransport(api, { logSink: () => {} });
    try {
      await property((mode) => expectHttp(transport, mode));
    } finally {
      await transport.close();
    }
  });

  it('Pub/Sub CloudEvent and push: thrown → that message 500 with a generic body; logged → 204', async () => {
    const events = gcpEvents({ logSink: () => {} });
    try {
      await property(async (mode) => {
        for (const source of ['pubsub', 'pubsub-push']) {
          const report = await events.deliver(orders, MESSAGES, source);
          expect(report.redelivered).toEqual(mode === 'thrown' ? ['b'] : []);
          const answers = report.results as { id: string; status: number; body: string }[];
          const bad = answers.find((r) => r.id === 'b');
          expect(bad?.status).toBe(mode === 'thrown' ? 500 : 204);
          expect(bad?.body).toBe(mode === 'thrown' ? GENERIC : '');
        }
      });
    } finally {
      await events.close();
    }
  });
});

describe('Azure: the real @azure/functions HttpRequest and InvocationContext', () => {
  it('HTTP: thrown → 500; logged → 200', async () => {
    const transport = azureTransport(api);
    await property((mode) => expectHttp(transport, mode));
  });

  it('Storage Queue and Service Bus: thrown → that invocation rejects (retried); cardinality many → the batch', async () => {
    const events = azureEvents();
    try {
      await property(async (mode) => {
        await expectBatch(events, 'storage-queue', mode, ['b']);
        await expectBatch(events, 'service-bus', mode, ['b']);
        await expectBatch(events, 'service-bus-many', mode, ['a', 'b', 'c']);
        for (const result of events.logs.splice(0)) expect(typeof result.message).toBe('string');
      });
    } finally {
      await events.close();
    }
  });
});
