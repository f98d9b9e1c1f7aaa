// Every GCP event payload of the shared corpus, posted to the real Functions Framework server the
// way the platform sends it (binary or structured CloudEvent, legacy gen 1 body, raw push body), to a
// definition of the matching kind. The normalized value is checked against fields read here from the
// JSON, independently of the adapter. A file no rule places fails the suite; events of sources the
// adapter does not map to a kind are refused with a typed error.
import { basename } from 'node:path';
import { toCloudFunction } from '@faasport/adapter-gcp';
import { cloudFunctionTransport, toStructuredCloudEventRequest } from '@faasport/adapter-gcp/testing';
import {
  type CloudEvent,
  type Context,
  type Definition,
  event,
  type Message,
  queue,
  type ScheduleEvent,
  type StorageEvent,
  type StreamRecord,
  schedule,
  storage,
  stream,
  UnsupportedEventError,
} from '@faasport/core';
import type { Transport } from '@faasport/core/adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../helpers/fixtures.js';

type Json = Record<string, unknown>;
type Kind = 'queue' | 'storage' | 'schedule' | 'stream' | 'event';
type Form = 'binary' | 'structured' | 'json' | 'data' | 'push';

interface Placement {
  readonly kind: Kind;
  readonly form: Form;
  /** CloudEvent type to send a data-only file with. */
  readonly type?: string;
}

const files = listCorpus('gcp', '');
const SOURCE: Record<string, string> = {
  'google.cloud.pubsub.topic.v1.messagePublished': '//pubsub.googleapis.com/projects/p/topics/t',
  'google.cloud.storage.object.v1.finalized': '//storage.googleapis.com/projects/_/buckets/sample-bucket',
  'google.cloud.scheduler.job.v1.executed': '//cloudscheduler.googleapis.com/projects/p/locations/l/jobs/j',
  'google.cloud.firestore.document.v1.created': '//firestore.googleapis.com/projects/project-id/databases/(default)',
  'google.cloud.audit.log.v1.written': '//cloudaudit.googleapis.com/projects/test-project/logs/activity',
};
const DATA_TIME = '2024-05-01T03:00:00.000Z';

function formOf(name: string): Form {
  if (name.endsWith('-binary.json')) return 'binary';
  if (name.endsWith('-structured.json') || name.includes('ToCloudevent-expected')) return 'structured';
  if (name.includes('-pushSubscription-')) return 'push';
  if (name.endsWith('-binarybody.json') || name.endsWith('-data.json')) return 'data';
  if (name.includes('-legacy-') || name.includes('cloudeventToLegacy-expected')) return 'json';
  throw new Error(`the corpus suite cannot place ${name}: unknown file form`);
}

function placementOf(path: string): Placement {
  const [, folder = ''] = corpusName(path).split('/');
  const name = basename(path);
  const form = formOf(name);
  const withType = (kind: Kind, type: string): Placement => ({ kind, form, ...(form === 'data' ? { type } : {}) });
  switch (folder) {
    case 'queue-pubsub':
      return withType('queue', 'google.cloud.pubsub.topic.v1.messagePublished');
    case 'storage-gcs':
      return withType('storage', 'google.cloud.storage.object.v1.finalized');
    case 'schedule-scheduler':
      return withType('schedule', 'google.cloud.scheduler.job.v1.executed');
    case 'event-firestore':
      return name.includes('firebasedb')
        ? { kind: 'event', form }
        : withType('stream', 'google.cloud.firestore.document.v1.created');
    case 'event-auditlog':
      return withType('event', 'google.cloud.audit.log.v1.written');
    case 'event-generic':
      return { kind: 'event', form };
    case 'conversion-expected':
      return { kind: name.includes('-pubsub-') ? 'queue' : 'storage', form };
    default:
      throw new Error(`the corpus suite cannot place ${corpusName(path)} (folder ${folder})`);
  }
}

function requestOf(json: Json, placement: Placement): Request {
  const post = (body: unknown, headers: Record<string, string>) => {
    const all = new Headers({ 'content-type': 'application/json' });
    for (const [k, v] of Object.entries(headers)) all.set(k, v);
    return new Request('http://localhost/', { method: 'POST', headers: all, body: JSON.stringify(body) });
  };
  switch (placement.form) {
    case 'binary':
      return post(json.body, json.headers as Record<string, string>);
    case 'structured':
      return toStructuredCloudEventRequest(json as unknown as CloudEvent);
    case 'json':
    case 'push':
      return post(json, {});
    case 'data': {
      const type = placement.type as string;
      return post(json, {
        'ce-specversion': '1.0',
        'ce-id': 'corpus-1',
        'ce-type': type,
        'ce-source': SOURCE[type] as string,
        'ce-subject': 'documents/gcf-test/IH75dRdeYJKd4uuQiqch',
        'ce-time': DATA_TIME,
      });
    }
  }
}

// --- what the JSON says, read without the adapter ---------------------------------------------

/** The CloudEvent `data` (or legacy data) a file carries. */
function dataOf(json: Json, placement: Placement): Json {
  if (placement.form === 'binary') return json.body as Json;
  if (placement.form === 'data' || placement.form === 'push') return json;
  return json.data as Json;
}

function pubsubMessageOf(json: Json, placement: Placement): Json {
  const data = dataOf(json, placement);
  return (placement.form === 'json' ? data : data.message) as Json;
}

function decode(value: unknown): string {
  return typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : '';
}

// --- servers ---------------------------------------------------------------------------------

interface Target {
  readonly seen: unknown[];
  readonly def: Definition;
  transport?: Transport;
}

function target(make: (record: (value: unknown) => Promise<void>) => Definition): Target {
  const seen: unknown[] = [];
  return {
    seen,
    def: make(async (value: unknown) => {
      seen.push(value);
    }),
  };
}

const targets: Record<Kind, Target> = {
  queue: target((r) => queue((msg: Message, _ctx: Context) => r(msg))),
  storage: target((r) => storage((ev: StorageEvent) => r(ev))),
  schedule: target((r) => schedule('0 3 * * *', (ev: ScheduleEvent) => r(ev))),
  stream: target((r) => stream((rec: StreamRecord) => r(rec))),
  event: target((r) => event((ce: CloudEvent) => r(ce))),
};
const pushTarget = target((r) => queue((msg: Message) => r(msg)));

beforeAll(async () => {
  for (const t of Object.values(targets)) t.transport = await cloudFunctionTransport(t.def, { logSink: () => {} });
  pushTarget.transport = await cloudFunctionTransport(pushTarget.def, { signatureType: 'http', logSink: () => {} });
});

afterAll(async () => {
  await Promise.all([...Object.values(targets), pushTarget].map((t) => t.transport?.close()));
});

async function deliver(t: Target, request: Request): Promise<unknown> {
  t.seen.length = 0;
  const res = await (t.transport as Transport).fetch(request);
  expect(res.status, await res.clone().text()).toBe(204);
  expect(t.seen).toHaveLength(1);
  return t.seen[0];
}

// --- the suite -------------------------------------------------------------------------------

describe('GCP event corpus through the Functions Framework', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files.map((f) => [corpusName(f), f]))('%s', async (_name, path) => {
    const json = readJson<Json>(path);
    const placement = placementOf(path);
    const t = placement.form === 'push' ? pushTarget : targets[placement.kind];
    const value = await deliver(t, requestOf(json, placement));
    switch (placement.kind) {
      case 'queue':
        return checkMessage(value as Message, json, placement);
      case 'storage':
        return checkStorage(value as StorageEvent, json, placement);
      case 'schedule':
        return checkSchedule(value as ScheduleEvent);
      case 'stream':
        return checkStream(value as StreamRecord, json, placement);
      case 'event':
        return checkEvent(value as CloudEvent, json, placement);
    }
  });

  it('a Firebase Realtime Database event is refused by a stream definition with UnsupportedEventError', async () => {
    const fixture = files.find((f) => f.includes('firebasedb')) as string;
    const json = readJson<{ headers: Record<string, string>; body: unknown }>(fixture);
    const ce = {
      ...Object.fromEntries(
        Object.entries(json.headers).flatMap(([k, v]) => (k.startsWith('ce-') ? [[k.slice(3), v]] : [])),
      ),
      data: json.body,
    };
    const fn = toCloudFunction(
      stream(async () => {}),
      { logSink: () => {} },
    );
    await expect(fn(ce as never)).rejects.toBeInstanceOf(UnsupportedEventError);
    await expect(fn(ce as never)).rejects.toThrow(
      /'stream' definition cannot take CloudEvent google\.firebase\.database/,
    );
  });
});

function checkMessage(msg: Message, json: Json, placement: Placement): void {
  const m = pubsubMessageOf(json, placement);
  const context = (json.context ?? json) as Json;
  const id = m.messageId ?? (placement.form === 'json' ? context.eventId : json.id);
  expect(msg.id).toBe(id);
  expect(msg.text()).toBe(decode(m.data));
  expect(msg.attributes).toEqual(m.attributes ?? {});
  const time = m.publishTime ?? context.timestamp;
  if (typeof time === 'string') expect(msg.publishedAt.getTime()).toBe(new Date(time).getTime());
  const subscription = dataOf(json, placement).subscription;
  if (typeof subscription === 'string') expect(msg.source).toBe(subscription);
  if (typeof m.orderingKey === 'string') expect(msg.groupId).toBe(m.orderingKey);
  expect(msg.deliveryCount).toBe(1);
}

function checkStorage(ev: StorageEvent, json: Json, placement: Placement): void {
  const data = dataOf(json, placement);
  expect(ev.bucket).toBe(data.bucket);
  expect(ev.key).toBe(data.name);
  expect(ev.size).toBe(Number(data.size));
  expect(ev.etag).toBe(data.etag);
  expect(ev.contentType).toBe(data.contentType);
  const deleted = data.resourceState === 'not_exists';
  expect(ev.kind).toBe(deleted ? 'deleted' : 'created');
}

function checkSchedule(ev: ScheduleEvent): void {
  expect(ev.scheduledTime.toISOString()).toBe(DATA_TIME);
}

function checkStream(rec: StreamRecord, json: Json, placement: Placement): void {
  const data = dataOf(json, placement);
  const value = data.value as Json;
  const name = value.name as string;
  expect(rec.partitionKey).toBe(name.slice(name.indexOf('/documents/') + '/documents/'.length));
  const oldFields = (data.oldValue as Json).fields;
  expect(rec.change).toBe(oldFields ? 'modify' : 'insert');
  for (const [field, typed] of Object.entries(value.fields as Record<string, Json>)) {
    if ('stringValue' in typed) expect(rec.newImage?.[field]).toBe(typed.stringValue);
    if ('integerValue' in typed) expect(rec.newImage?.[field]).toBe(Number(typed.integerValue));
    if ('booleanValue' in typed) expect(rec.newImage?.[field]).toBe(typed.booleanValue);
  }
}

function checkEvent(ce: CloudEvent, json: Json, placement: Placement): void {
  if (placement.form === 'structured') {
    expect(ce).toEqual(json);
    return;
  }
  if (placement.form === 'binary' && json.expectedCloudEvent) {
    expect(ce).toEqual(json.expectedCloudEvent);
    return;
  }
  expect(ce.data).toEqual(dataOf(json, placement));
  if (placement.type) expect(ce.type).toBe(placement.type);
  if (placement.form === 'binary') expect(ce.type).toBe((json.headers as Json)['ce-type']);
}
