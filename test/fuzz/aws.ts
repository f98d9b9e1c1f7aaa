// AWS adapter under fuzz: every detector, every normalizer and `toLambda(def)(event, context)` for
// every definition kind, fed random JSON, random JavaScript values and mutated corpus events.
import { toLambda } from '@faasport/adapter-aws';
import { createLambdaContext } from '@faasport/adapter-aws/testing';
import { event, http, queue, schedule, storage, stream, topic } from '@faasport/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as detect from '../../packages/adapter-aws/src/detect.js';
import { fromDynamoDbRecord } from '../../packages/adapter-aws/src/dynamodb.js';
import { fromAttributeMap, fromAttributeValue } from '../../packages/adapter-aws/src/dynamodb-value.js';
import { fromEventBridgeEvent } from '../../packages/adapter-aws/src/eventbridge.js';
import { fromEventBridgeS3Event } from '../../packages/adapter-aws/src/eventbridge-s3.js';
import { fromScheduledEvent, fromSchedulerPayload } from '../../packages/adapter-aws/src/eventbridge-schedule.js';
import { fromKinesisRecord } from '../../packages/adapter-aws/src/kinesis.js';
import { fromAlb, fromApiGatewayV1, fromApiGatewayV2 } from '../../packages/adapter-aws/src/request.js';
import { decodeS3Key, fromS3Record } from '../../packages/adapter-aws/src/s3.js';
import { fromSnsRecord } from '../../packages/adapter-aws/src/sns.js';
import { fromSqsRecord } from '../../packages/adapter-aws/src/sqs.js';
import { listSuiteFixtures } from '../helpers/fixtures.js';
import {
  assertNoCrashLogged,
  assertNoPollution,
  assertTypedError,
  countCase,
  exercise,
  type FailMode,
  failMode,
  fixtures,
  HandlerFailure,
  mutatedFixture,
  mutatedObject,
  randomAnything,
  randomJson,
  randomObject,
  runs,
  shouldFail,
} from './arbitraries.js';

/** The adapter's normalizers and detectors (internal modules: the public entry exports only the handler factories). */
const aws = {
  ...detect,
  decodeS3Key,
  fromAlb,
  fromApiGatewayV1,
  fromApiGatewayV2,
  fromAttributeMap,
  fromAttributeValue,
  fromDynamoDbRecord,
  fromEventBridgeEvent,
  fromEventBridgeS3Event,
  fromKinesisRecord,
  fromS3Record,
  fromScheduledEvent,
  fromSchedulerPayload,
  fromSnsRecord,
  fromSqsRecord,
  toLambda,
};

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
type Rec = Record<string, unknown>;

const DETECTORS = Object.entries(detect).filter(
  (entry): entry is [string, (value: unknown) => boolean] =>
    entry[0].startsWith('is') && typeof entry[1] === 'function',
);

// Seeds: the project's own fixtures (always there), plus the shared corpus when it is present.
// The own fixtures under npm test, the shared corpus under npm run test:corpus.
const corpus = (prefix: string) => fixtures(listSuiteFixtures('aws', prefix));
const HTTP = corpus('http-');
const SQS = corpus('queue-sqs');
const SNS = corpus('topic-sns');
const S3 = corpus('storage-s3');
const KINESIS = corpus('stream-kinesis');
const DYNAMODB = corpus('stream-dynamodb');
const STREAMS = [...KINESIS, ...DYNAMODB];
const SCHEDULES = corpus('schedule-');
const EVENTBRIDGE = corpus('event-');
const ALL = corpus('');

const anyEvent = (list: readonly unknown[]) =>
  fc.oneof({ weight: 6, arbitrary: mutatedFixture(list) }, mutatedFixture(ALL), randomJson);

// Lambda's logger writes one JSON line per log call to stdout: capture it to look for crashes.
const lines: string[] = [];
beforeAll(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
});
afterAll(() => vi.restoreAllMocks());

async function invoke(handler: Handler, input: unknown): Promise<{ result?: unknown; error?: unknown }> {
  lines.length = 0;
  try {
    return { result: await handler(input, createLambdaContext()) };
  } catch (error) {
    return { error };
  } finally {
    countCase();
  }
}

function checkInvariants(): void {
  assertNoCrashLogged(lines);
  assertNoPollution();
}

function isObject(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// decodeS3Key takes the key string: a non-string key stands in as a broken escape.
function stringIn(value: unknown): string {
  return typeof value === 'string' ? value : '%E0%A4%A';
}

function recordsOf(input: unknown): unknown[] {
  const records = (input as { Records?: unknown } | null)?.Records;
  return Array.isArray(records) ? records : [];
}

function failuresOf(result: unknown): string[] {
  const list = (result as { batchItemFailures?: { itemIdentifier: unknown }[] }).batchItemFailures;
  if (!Array.isArray(list)) throw new Error(`batch result without batchItemFailures: ${JSON.stringify(result)}`);
  return list.map((f) => {
    if (typeof f.itemIdentifier !== 'string') throw new Error('itemIdentifier is not a string');
    return f.itemIdentifier;
  });
}

export function awsSuite(): void {
  describe('aws', () => {
    it('detectors: never throw, always a boolean', () => {
      fc.assert(
        fc.property(fc.oneof(randomAnything, randomJson, mutatedFixture(ALL)), (value) => {
          countCase();
          for (const [name, detect] of DETECTORS) {
            const answer = detect(value);
            if (typeof answer !== 'boolean') throw new Error(`${name} answered ${String(answer)}`);
          }
          assertNoPollution();
        }),
        runs(6_000),
      );
    });

    it('HTTP normalizers: a Request whose every part reads, or a typed error', async () => {
      const normalizers = [aws.fromApiGatewayV1, aws.fromApiGatewayV2, aws.fromAlb] as ((e: unknown) => Request)[];
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: mutatedObject(HTTP) }, randomObject), async (value) => {
          countCase();
          for (const normalize of normalizers) {
            try {
              const req = normalize(value);
              void req.method;
              void req.url;
              for (const _ of req.headers);
              await req.arrayBuffer();
            } catch (error) {
              assertTypedError(error, normalize.name);
            }
          }
          assertNoPollution();
        }),
        runs(4_000),
      );
    });

    it('record normalizers: a normalized value or a typed error', async () => {
      const recordArb = fc
        .oneof(
          { weight: 4, arbitrary: mutatedObject([...SQS, ...SNS, ...S3, ...STREAMS]).map((e) => recordsOf(e)[0] ?? e) },
          randomObject,
        )
        .filter(isObject);
      const normalizers: [string, (r: unknown) => unknown][] = [
        ['fromSqsRecord', (r) => aws.fromSqsRecord(r as never)],
        ['fromSnsRecord', (r) => aws.fromSnsRecord(r as never)],
        ['fromS3Record', (r) => aws.fromS3Record(r as never)],
        ['fromKinesisRecord', (r) => aws.fromKinesisRecord(r as never)],
        ['fromDynamoDbRecord', (r) => aws.fromDynamoDbRecord(r as never, new Date(0))],
        [
          'fromAttributeMap',
          (r) => aws.fromAttributeMap((r as { dynamodb?: { NewImage?: never } })?.dynamodb?.NewImage ?? (r as never)),
        ],
        ['fromAttributeValue', (r) => aws.fromAttributeValue(r as never)],
        [
          'decodeS3Key',
          (r) => aws.decodeS3Key(stringIn((r as { s3?: { object?: { key?: unknown } } }).s3?.object?.key)),
        ],
      ];
      await fc.assert(
        fc.asyncProperty(recordArb, async (record) => {
          countCase();
          for (const [name, normalize] of normalizers) {
            try {
              const value = await normalize(record);
              if (typeof value === 'object' && value !== null && 'raw' in value) exercise(value);
            } catch (error) {
              assertTypedError(error, name);
            }
          }
          assertNoPollution();
        }),
        runs(6_000),
      );
    });

    it('EventBridge normalizers: a normalized value or a typed error', async () => {
      const normalizers: [string, (e: unknown) => unknown][] = [
        ['fromEventBridgeEvent', (e) => aws.fromEventBridgeEvent(e as never)],
        ['fromEventBridgeS3Event', (e) => aws.fromEventBridgeS3Event(e as never)],
        ['fromScheduledEvent', (e) => aws.fromScheduledEvent(e as never)],
        ['fromSchedulerPayload', (e) => aws.fromSchedulerPayload(e, 'id-1', new Date(0))],
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 4, arbitrary: mutatedObject([...EVENTBRIDGE, ...SCHEDULES]) }, randomObject),
          async (value) => {
            countCase();
            for (const [name, normalize] of normalizers) {
              try {
                const out = await normalize(value);
                if (typeof out !== 'object' || out === null) throw new Error(`${name} returned ${String(out)}`);
                if ('raw' in out) exercise(out);
              } catch (error) {
                assertTypedError(error, name);
              }
            }
            assertNoPollution();
          },
        ),
        runs(3_000),
      );
    });

    it('toLambda(http): a status for every HTTP event (2xx only when the handler ran), a typed rejection otherwise', async () => {
      let completed = false;
      const handler = aws.toLambda(
        http(async (req) => {
          for (const _ of req.headers);
          const bytes = await req.arrayBuffer();
          completed = true;
          return new Response(bytes.byteLength > 0 ? 'echo' : null, { status: 200 });
        }),
      ) as Handler;
      await fc.assert(
        fc.asyncProperty(anyEvent(HTTP), async (input) => {
          completed = false;
          const isHttp = aws.isApiGatewayV2Event(input) || aws.isAlbEvent(input) || aws.isApiGatewayV1Event(input);
          const { result, error } = await invoke(handler, input);
          if (error !== undefined) {
            assertTypedError(error);
            expect(isHttp, 'an HTTP event must get a response, not a rejection').toBe(false);
          } else {
            expect(isHttp, 'a non-HTTP event must be refused').toBe(true);
            const status = (result as { statusCode: unknown }).statusCode;
            expect(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599).toBe(true);
            if ((status as number) < 300) expect(completed, '2xx without the handler having run').toBe(true);
          }
          checkInvariants();
        }),
        runs(8_000),
      );
    });

    it('toLambda(http): isBase64Encoded with a body that is not base64 is a 400', async () => {
      let completed = false;
      const handler = aws.toLambda(
        http(async (req) => {
          await req.arrayBuffer();
          completed = true;
          return new Response('ok');
        }),
      ) as Handler;
      const bad = fc.constantFrom('%%%', 'a', 'YQ=x', 'Zm9v\u00e9', 'YW=J', '====', 'ab!c');
      const post = fc.tuple(fc.constantFrom(...HTTP), bad).map(([fixture, body]) => {
        const e = JSON.parse(JSON.stringify(fixture)) as Rec;
        e.isBase64Encoded = true;
        e.body = body;
        if (typeof e.httpMethod === 'string') e.httpMethod = 'POST';
        const rc = e.requestContext as { http?: Rec } | undefined;
        if (rc?.http) rc.http.method = 'POST';
        return e;
      });
      await fc.assert(
        fc.asyncProperty(post, async (input) => {
          completed = false;
          const { result, error } = await invoke(handler, input);
          if (error !== undefined) {
            assertTypedError(error);
          } else {
            expect((result as { statusCode: number }).statusCode).toBe(400);
            expect(completed).toBe(false);
          }
          checkInvariants();
        }),
        runs(1_000),
      );
    });

    it('toLambda(queue) over SQS: every message is handled successfully or reported failed', async () => {
      const state = { mode: 'none' as FailMode, ok: new Set<string>() };
      const handler = aws.toLambda(
        queue((msg) => {
          exercise(msg);
          if (shouldFail(state.mode, msg.id)) throw new HandlerFailure(msg.id);
          state.ok.add(msg.id);
        }),
      ) as Handler;
      await fc.assert(
        fc.asyncProperty(anyEvent(SQS), failMode, async (input, mode) => {
          state.mode = mode;
          state.ok.clear();
          const { result, error } = await invoke(handler, input);
          if (error !== undefined) {
            assertTypedError(error);
            // Only a batch whose records cannot all be reported (no messageId) may reject as a whole.
            const reportable = recordsOf(input).every(
              (r) => typeof (r as Rec | null)?.messageId === 'string' && (r as Rec).messageId !== '',
            );
            expect(aws.isSqsEvent(input) && reportable, 'an SQS batch rejected as a whole').toBe(false);
          } else {
            expect(aws.isSqsEvent(input)).toBe(true);
            const failed = new Set(failuresOf(result));
            for (const record of recordsOf(input)) {
              const id = (record as { messageId: string }).messageId;
              if (!failed.has(id)) expect(state.ok.has(id), `message ${id} acknowledged but not handled`).toBe(true);
            }
          }
          checkInvariants();
        }),
        runs(6_000),
      );
    });

    it('toLambda(stream) over Kinesis and DynamoDB Streams: nothing before the reported failure is unhandled', async () => {
      const state = { mode: 'none' as FailMode, ok: new Set<string>() };
      const handler = aws.toLambda(
        stream((rec) => {
          exercise(rec);
          if (shouldFail(state.mode, rec.sequence)) throw new HandlerFailure(rec.sequence);
          state.ok.add(rec.sequence);
        }),
      ) as Handler;
      await fc.assert(
        fc.asyncProperty(anyEvent(STREAMS), failMode, async (input, mode) => {
          state.mode = mode;
          state.ok.clear();
          const { result, error } = await invoke(handler, input);
          const isStream = aws.isKinesisEvent(input) || aws.isDynamoDbStreamEvent(input);
          if (error !== undefined) {
            assertTypedError(error);
            if (isStream) expect((error as Error).message).toMatch(/sequence number/);
          } else {
            expect(isStream).toBe(true);
            const failed = failuresOf(result);
            expect(failed.length).toBeLessThanOrEqual(1);
            const records = recordsOf(input) as { kinesis?: Rec; dynamodb?: Rec }[];
            for (const record of records) {
              const sequence = (record.kinesis ?? record.dynamodb)?.[
                record.kinesis ? 'sequenceNumber' : 'SequenceNumber'
              ] as string;
              if (sequence === failed[0]) break;
              expect(state.ok.has(sequence), `record ${sequence} acknowledged but not handled`).toBe(true);
            }
          }
          checkInvariants();
        }),
        runs(6_000),
      );
    });

    const oneShot: [string, () => Handler, readonly unknown[], (input: unknown) => number][] = [
      ['topic (SNS)', () => aws.toLambda(topic((m) => once(m))) as Handler, SNS, (e) => recordsOf(e).length],
      ['storage (S3)', () => aws.toLambda(storage((e) => once(e))) as Handler, S3, (e) => recordsOf(e).length || 1],
      ['schedule', () => aws.toLambda(schedule('rate(5 minutes)', (e) => once(e))) as Handler, SCHEDULES, () => 1],
      ['event (EventBridge)', () => aws.toLambda(event((e) => once(e))) as Handler, EVENTBRIDGE, () => 1],
    ];
    const shot = { mode: 'none' as FailMode, ok: 0 };
    function once(value: unknown): void {
      exercise(value);
      if (shouldFail(shot.mode, String(shot.ok))) throw new HandlerFailure(String(shot.ok));
      shot.ok += 1;
    }

    for (const [name, make, list, expected] of oneShot) {
      it(`toLambda(${name}): resolves only when every record was handled, else a typed rejection`, async () => {
        const handler = make();
        await fc.assert(
          fc.asyncProperty(anyEvent(list), failMode, async (input, mode) => {
            shot.mode = mode;
            shot.ok = 0;
            const { error } = await invoke(handler, input);
            if (error !== undefined) assertTypedError(error);
            else expect(shot.ok, 'resolved without every record handled').toBe(expected(input));
            checkInvariants();
          }),
          runs(3_000),
        );
      });
    }
  });
}
