// Every non-HTTP Azure payload of the shared corpus, through toAzureHandler with a definition of the
// matching kind and the library's real InvocationContext. What the handler saw is checked against
// values read here from the JSON, independently of the adapter. Files whose data cannot be normalized
// (partial captures) must give their typed error; a file no rule places fails the suite.
import az from '@azure/functions';
import { BatchFailedError, toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import {
  type CloudEvent,
  type Definition,
  event,
  MalformedInputError,
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
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusName, listCorpus, readJson } from '../helpers/fixtures.js';

type Json = Record<string, unknown>;
interface TriggerFixture {
  trigger: string;
  cardinality?: 'one' | 'many';
  input?: unknown;
  inputLengthBytes?: number;
  triggerMetadata?: Json;
}

const files = listCorpus('azure', '').filter(
  (f) => !corpusName(f).startsWith('azure/http/') && !corpusName(f).startsWith('http'),
);
const BLOB_SUBJECT = /^\/?blobServices\/default\/containers\/([^/]+)\/blobs\/(.+)$/;

async function invoke(def: Definition, fixture: TriggerFixture, trigger: unknown = fixture.input) {
  const { context } = createInvocationContext({ functionName: 'corpus' });
  context.options.trigger = {
    name: 'trigger',
    type: fixture.trigger,
    ...(fixture.cardinality && { cardinality: fixture.cardinality }),
  };
  if (fixture.triggerMetadata) context.triggerMetadata = fixture.triggerMetadata;
  const handler = toAzureHandler(def) as (t: unknown, c: az.InvocationContext) => Promise<unknown>;
  return handler(trigger, context).then(
    (result) => ({ result, error: undefined as unknown }),
    (error: unknown) => ({ result: undefined, error }),
  );
}

function bodyText(input: unknown): string {
  return typeof input === 'string' ? input : JSON.stringify(input);
}

async function checkQueue(fixture: TriggerFixture) {
  const meta = fixture.triggerMetadata ?? {};
  const seen: Message[] = [];
  const out = await invoke(
    queue((m) => void seen.push(m)),
    fixture,
  );
  const isServiceBus = fixture.trigger === 'serviceBusTrigger';
  const time = isServiceBus ? meta.enqueuedTimeUtc : meta.insertionTime;
  if (Number.isNaN(Date.parse(String(time)))) {
    expect(out.error).toBeInstanceOf(MalformedInputError);
    expect(seen).toEqual([]);
    return;
  }
  expect(out.error).toBeUndefined();
  const msg = seen[0] as Message;
  expect(msg.id).toBe(String(isServiceBus ? meta.messageId : meta.id));
  expect(msg.deliveryCount).toBe(isServiceBus ? meta.deliveryCount : meta.dequeueCount);
  expect(msg.publishedAt.getTime()).toBe(Date.parse(String(time)));
  expect(msg.text()).toBe(bodyText(fixture.input));
  if (isServiceBus) {
    const props = (meta.applicationProperties ?? meta.userProperties ?? {}) as Json;
    expect(Object.keys(msg.attributes).sort()).toEqual(Object.keys(props).sort());
  }
  expect(msg.toCloudEvent()).toMatchObject({ id: msg.id, specversion: '1.0' });
}

async function checkSchedule(fixture: TriggerFixture) {
  const seen: ScheduleEvent[] = [];
  const out = await invoke(
    schedule('rate(5 minutes)', (e) => void seen.push(e)),
    fixture,
  );
  expect(out.error).toBeUndefined();
  const input = fixture.input as { isPastDue: boolean; scheduleStatus: { next: string } };
  expect(seen[0]?.scheduledTime.getTime()).toBe(Date.parse(input.scheduleStatus.next));
  expect(seen[0]?.isPastDue).toBe(input.isPastDue);
}

async function checkBlob(fixture: TriggerFixture) {
  const meta = fixture.triggerMetadata as { blobTrigger: string; properties: Json };
  const content = fixture.input ?? Buffer.alloc(fixture.inputLengthBytes ?? 0);
  const seen: StorageEvent[] = [];
  const out = await invoke(
    storage((e) => void seen.push(e)),
    fixture,
    content,
  );
  const slash = meta.blobTrigger.indexOf('/');
  if (slash <= 0) {
    expect(out.error).toBeInstanceOf(MalformedInputError);
    return;
  }
  expect(out.error).toBeUndefined();
  expect(seen[0]).toMatchObject({ bucket: meta.blobTrigger.slice(0, slash), key: meta.blobTrigger.slice(slash + 1) });
  expect(seen[0]?.size).toBe(Number(meta.properties.length ?? meta.properties.contentLength));
  expect(seen[0]?.contentType).toBe(meta.properties.contentType);
  expect(seen[0]?.etag).toBe(String(meta.properties.eTag).replaceAll('"', ''));
}

async function checkStream(fixture: TriggerFixture) {
  const seen: StreamRecord[] = [];
  const out = await invoke(
    stream((r) => void seen.push(r)),
    fixture,
  );
  if (fixture.trigger === 'cosmosDBTrigger') {
    const docs = fixture.input as Json[];
    expect(out.error).toBeUndefined();
    expect(seen.map((r) => r.id)).toEqual(docs.map((d) => String(d.id)));
    expect(seen.map((r) => r.time.getTime())).toEqual(docs.map((d) => Number(d._ts) * 1000));
    expect(seen.map((r) => r.sequence)).toEqual(docs.map((d) => String(d._lsn ?? d._etag)));
    expect(seen.every((r) => r.change === 'modify' && r.newImage?.id === r.id)).toBe(true);
    return;
  }
  const meta = fixture.triggerMetadata ?? {};
  if (fixture.cardinality === 'many') {
    const hasSequence = Array.isArray(meta.sequenceNumberArray) || JSON.stringify(meta).includes('sequenceNumber');
    expect(hasSequence).toBe(false);
    expect(out.error).toBeInstanceOf(BatchFailedError);
    expect(seen).toEqual([]);
    return;
  }
  expect(out.error).toBeUndefined();
  expect(seen[0]?.sequence).toBe(String(meta.sequenceNumber));
  expect(seen[0]?.time.getTime()).toBe(Date.parse(String(meta.enqueuedTimeUtc)));
  expect(new TextDecoder().decode(seen[0]?.data)).toBe(bodyText(fixture.input));
}

async function checkEventGrid(file: string) {
  const json = readJson<unknown>(file);
  if (typeof json === 'object' && json !== null && 'expectedResponse' in json) return checkHandshake(json as Json);
  const events = (Array.isArray(json) ? json : [json]) as Json[];
  for (const raw of events) {
    const seen: CloudEvent[] = [];
    const fixture: TriggerFixture = { trigger: 'eventGridTrigger' };
    const out = await invoke(
      event((e) => void seen.push(e)),
      fixture,
      raw,
    );
    expect(out.error).toBeUndefined();
    const isCe = raw.specversion === '1.0';
    expect(seen[0]).toMatchObject({
      specversion: '1.0',
      id: raw.id,
      type: isCe ? raw.type : raw.eventType,
      source: isCe ? raw.source : raw.topic,
    });
    const type = String(isCe ? raw.type : raw.eventType);
    if (!type.startsWith('Microsoft.Storage.Blob')) continue;
    const blobs: StorageEvent[] = [];
    const asStorage = await invoke(
      storage((e) => void blobs.push(e)),
      fixture,
      raw,
    );
    const match = BLOB_SUBJECT.exec(String(raw.subject));
    expect(asStorage.error).toBeUndefined();
    expect(blobs[0]).toMatchObject({
      kind: type.endsWith('Deleted') ? 'deleted' : 'created',
      bucket: match?.[1],
      key: match?.[2],
    });
  }
}

async function checkHandshake(json: Json) {
  const request = new az.HttpRequest({
    method: 'POST',
    url: 'https://corpus.azurewebsites.net/api/events',
    headers: json.headers as Record<string, string>,
    body: { string: JSON.stringify(json.body) },
  });
  const out = await invoke(
    event(() => {}),
    { trigger: 'httpTrigger' },
    request,
  );
  const expected = json.expectedResponse as { status: number; body: unknown };
  expect(out.result).toEqual({ status: expected.status, jsonBody: expected.body });
}

const CHECKS: [string, (file: string, fixture: TriggerFixture) => Promise<void>][] = [
  ['azure/queue-', (_f, fx) => checkQueue(fx)],
  ['azure/schedule-', (_f, fx) => checkSchedule(fx)],
  ['azure/storage-blob/', (_f, fx) => checkBlob(fx)],
  ['azure/stream-', (_f, fx) => checkStream(fx)],
  ['azure/event-event-grid/', (f) => checkEventGrid(f)],
];

describe('azure events corpus', () => {
  it('finds the azure event corpus (outside CI a missing corpus is reported, not failed)', () => {
    if (corpusAvailable()) expect(files.length).toBeGreaterThanOrEqual(20);
    else expect(process.env.CI).not.toBe('true');
  });

  it.each(files.map((f) => [corpusName(f), f]))('%s normalizes to its own values', async (name, file) => {
    const check = CHECKS.find(([prefix]) => name.startsWith(prefix));
    if (!check) throw new Error(`${name}: no rule of this suite places it`);
    await check[1](file, readJson<TriggerFixture>(file));
  });

  it.each(files.filter((f) => !corpusName(f).includes('event-grid')).map((f) => [corpusName(f), f]))(
    '%s is refused by a definition of another kind',
    async (_name, file) => {
      const fixture = readJson<TriggerFixture>(file);
      const wrong =
        fixture.trigger === 'eventHubTrigger' || fixture.trigger === 'cosmosDBTrigger'
          ? queue(() => {})
          : stream(() => {});
      expect((await invoke(wrong, fixture)).error).toBeInstanceOf(UnsupportedEventError);
    },
  );
});
