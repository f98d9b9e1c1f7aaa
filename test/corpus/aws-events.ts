// The per-file check of the AWS non-HTTP payloads, run over the shared corpus (test/corpus/aws-events.test.ts) and over
// the project's own fixtures (test/own-fixtures/aws-events.test.ts). Each payload goes through toLambda with a definition
// of the matching kind; the normalized values the handler saw are checked against fields read here from the JSON,
// independently of the adapter. Sources faasport does not map (folder `other`) must be refused with
// UnsupportedEventError; a folder no rule places fails.
import { toLambda } from '@faasport/adapter-aws';
import {
  type CloudEvent,
  event,
  type Message,
  queue,
  type ScheduleEvent,
  type StorageEvent,
  type StreamRecord,
  schedule,
  storage,
  stream,
  topic,
  UnsupportedEventError,
} from '@faasport/core';
import { afterAll, beforeAll, expect, it, type MockInstance, vi } from 'vitest';
import { readJson } from '../helpers/fixtures.js';

// Corpus JSON is read field by field, the way the platform documents it; typing every shape here would
// just restate the adapter's own types.
// biome-ignore lint/suspicious/noExplicitAny: untyped corpus JSON
export type Json = Record<string, any>;
const context = { functionName: 'corpus', awsRequestId: 'corpus-request', getRemainingTimeInMillis: () => 30_000 };
/** Runs `def` over the event and returns what its handler received plus the resolved value. */
export async function collect<V>(make: (h: (v: V) => void) => Parameters<typeof toLambda>[0], native: unknown) {
  const seen: V[] = [];
  const result = await toLambda(make((v) => void seen.push(v)))(native, context);
  return { seen, result };
}

const noFailures = { batchItemFailures: [] };

async function checkSqs(native: Json): Promise<void> {
  const { seen, result } = await collect<Message>((h) => queue(h), native);
  expect(result).toEqual(noFailures);
  expect(seen).toHaveLength(native.Records.length);
  native.Records.forEach((r: Json, i: number) => {
    const msg = seen[i] as Message;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries<Json>(r.messageAttributes ?? {})) {
      const value = v.stringValue ?? v.binaryValue;
      if (typeof value === 'string') attributes[k] = value;
    }
    expect(msg).toMatchObject({
      id: r.messageId,
      source: r.eventSourceARN,
      deliveryCount: Number(r.attributes.ApproximateReceiveCount),
    });
    expect(msg.text()).toBe(r.body);
    expect(msg.publishedAt.getTime()).toBe(Number(r.attributes.SentTimestamp));
    expect(msg.groupId).toBe(r.attributes.MessageGroupId);
    expect({ ...msg.attributes }).toEqual(attributes);
    expect(msg.raw).toBe(r);
    expect(msg.toCloudEvent()).toMatchObject({ specversion: '1.0', id: r.messageId });
  });
}

async function checkSns(native: Json): Promise<void> {
  const { seen, result } = await collect<Message>((h) => topic(h), native);
  expect(result).toBeUndefined();
  const sns = native.Records[0].Sns;
  const msg = seen[0] as Message;
  expect(msg).toMatchObject({ id: sns.MessageId, source: sns.TopicArn, deliveryCount: 1 });
  expect(msg.text()).toBe(sns.Message);
  expect(msg.publishedAt.getTime()).toBe(Date.parse(sns.Timestamp));
  expect({ ...msg.attributes }).toEqual(
    Object.fromEntries(Object.entries<Json>(sns.MessageAttributes ?? {}).map(([k, v]) => [k, v.Value])),
  );
}

function s3Kind(name: string): StorageEvent['kind'] {
  if (name.startsWith('ObjectCreated') || name === 'Object Created') return 'created';
  if (name.startsWith('ObjectRemoved') || name.startsWith('LifecycleExpiration') || name === 'Object Deleted')
    return 'deleted';
  return 'updated';
}

async function checkStorage(native: Json): Promise<void> {
  const { seen, result } = await collect<StorageEvent>((h) => storage(h), native);
  expect(result).toBeUndefined();
  const expected = native.Records
    ? native.Records.map((r: Json) => ({
        kind: s3Kind(r.eventName),
        bucket: r.s3.bucket.name,
        // S3 notification keys: `+` is a space, then percent-decoding.
        key: decodeURIComponent(r.s3.object.key.split('+').join(' ')),
        time: Date.parse(r.eventTime),
        size: r.s3.object.size,
      }))
    : [
        {
          kind: s3Kind(native['detail-type']),
          bucket: native.detail.bucket.name,
          key: native.detail.object.key,
          time: Date.parse(native.time),
          size: native.detail.object.size,
        },
      ];
  expect(
    seen.map((e) => ({ kind: e.kind, bucket: e.bucket, key: e.key, time: e.time.getTime(), size: e.size })),
  ).toEqual(expected);
  for (const ev of seen) expect(ev.toCloudEvent()).toMatchObject({ specversion: '1.0', subject: ev.key });
}

async function checkSchedule(native: Json): Promise<void> {
  const { seen } = await collect<ScheduleEvent>((h) => schedule('rate(5 minutes)', h), native);
  expect(seen[0]?.scheduledTime.getTime()).toBe(Date.parse(native.time));
  expect(seen[0]?.raw).toBe(native);
}

async function checkEvent(native: Json): Promise<void> {
  const { seen } = await collect<CloudEvent>((h) => event(h), native);
  expect(seen[0]).toMatchObject({
    specversion: '1.0',
    id: native.id,
    source: native.source,
    type: native['detail-type'],
    time: native.time,
    data: native.detail,
  });
  expect(seen[0]?.subject).toBe(native.resources?.[0]);
}

async function checkKinesis(native: Json): Promise<void> {
  const { seen, result } = await collect<StreamRecord>((h) => stream(h), native);
  expect(result).toEqual(noFailures);
  native.Records.forEach((r: Json, i: number) => {
    const rec = seen[i] as StreamRecord;
    expect(rec).toMatchObject({
      sequence: r.kinesis.sequenceNumber,
      partitionKey: r.kinesis.partitionKey,
      source: r.eventSourceARN,
    });
    expect(Buffer.from(rec.data as Uint8Array).equals(Buffer.from(r.kinesis.data, 'base64'))).toBe(true);
    expect(Math.abs(rec.time.getTime() - r.kinesis.approximateArrivalTimestamp * 1000)).toBeLessThan(1);
  });
}

/** Leaves that map one to one (S, BOOL, NULL, small N) must come through as plain values. */
function expectPlain(image: Json | undefined, out: Json | undefined): void {
  if (!image) {
    expect(out).toBeUndefined();
    return;
  }
  expect(Object.keys(out ?? {}).sort()).toEqual(Object.keys(image).sort());
  for (const [name, value] of Object.entries<Json>(image)) {
    const got = (out as Json)[name];
    if ('S' in value) expect(got).toBe(value.S);
    if ('BOOL' in value) expect(got).toBe(value.BOOL);
    if ('NULL' in value) expect(got).toBeNull();
    if ('N' in value && value.N.length < 15) expect(got).toBe(Number(value.N));
  }
}

async function checkDynamoDb(native: Json): Promise<void> {
  const { seen, result } = await collect<StreamRecord>((h) => stream(h), native);
  expect(result).toEqual(noFailures);
  native.Records.forEach((r: Json, i: number) => {
    const rec = seen[i] as StreamRecord;
    expect(rec).toMatchObject({
      id: r.eventID,
      sequence: r.dynamodb.SequenceNumber,
      change: r.eventName.toLowerCase(),
    });
    expectPlain(r.dynamodb.Keys, rec.keys);
    expectPlain(r.dynamodb.NewImage, rec.newImage);
    expectPlain(r.dynamodb.OldImage, rec.oldImage);
    if (typeof r.dynamodb.ApproximateCreationDateTime === 'number') {
      expect(Math.abs(rec.time.getTime() - r.dynamodb.ApproximateCreationDateTime * 1000)).toBeLessThan(1);
    }
  });
}

async function checkRefused(native: Json): Promise<void> {
  for (const def of [queue(() => {}), stream(() => {}), event(() => {}), schedule('rate(1 hour)', () => {})]) {
    await expect(toLambda(def)(native, context)).rejects.toThrow(UnsupportedEventError);
  }
}

const CHECKS: Record<string, (native: Json) => Promise<void>> = {
  'queue-sqs': checkSqs,
  'topic-sns': checkSns,
  'storage-s3': checkStorage,
  'schedule-eventbridge': checkSchedule,
  'event-eventbridge': checkEvent,
  'stream-kinesis': checkKinesis,
  'stream-dynamodb': checkDynamoDb,
  other: checkRefused,
};

/** Whether a fixture name (`aws/<folder>/<file>.json`) is a non-HTTP event this check covers. */
export function isAwsEventFile(name: string): boolean {
  return name.startsWith('aws/') && !name.split('/')[1]?.startsWith('http-');
}

/** Runs the check of the file's folder over it; a folder no rule places throws. */
export async function checkAwsEventFile(name: string, file: string): Promise<void> {
  const folder = name.split('/')[1] as string;
  const check = CHECKS[folder];
  if (!check) throw new Error(`the AWS event check cannot place ${name} (folder ${folder})`);
  await check(readJson<Json>(file));
}

/**
 * Declares one test per file: its folder's check passes and the adapter logs no ERROR line (stdout is captured).
 *
 * @example
 * awsEventTests(listOwnFixtures('aws').map((f) => [ownFixtureName(f), f]))
 */
export function awsEventTests(files: [name: string, path: string][]): void {
  const logged: string[] = [];
  let write: MockInstance | undefined;
  beforeAll(() => {
    write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
  });
  afterAll(() => write?.mockRestore());

  it.each(files)('%s', async (name, file) => {
    const before = logged.length;
    await checkAwsEventFile(name, file);
    expect(logged.slice(before).filter((l) => l.includes('"ERROR"'))).toEqual([]);
  });
}
