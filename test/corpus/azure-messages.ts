// Per-file checks of the Azure queue, timer and blob trigger captures (see azure-events.ts): the values the handler saw
// are read here from the capture's own JSON.
import {
  MalformedInputError,
  type Message,
  queue,
  type ScheduleEvent,
  type StorageEvent,
  schedule,
  storage,
} from '@faasport/core';
import { expect } from 'vitest';
import { bodyText, invoke, type TriggerFixture } from './azure-invoke.js';

type Json = Record<string, unknown>;

// The entity a message came from, when the capture names its binding: the queue, or `topic/subscription`.
function entityOf(binding: Json | undefined): string | undefined {
  if (typeof binding?.queueName === 'string') return binding.queueName;
  if (typeof binding?.topicName === 'string') return `${binding.topicName}/${String(binding.subscriptionName)}`;
  return undefined;
}

function expectMessage(msg: Message | undefined, fields: Json, input: unknown, fixture: TriggerFixture) {
  const isServiceBus = fixture.trigger === 'serviceBusTrigger';
  expect(msg?.id).toBe(String(isServiceBus ? fields.messageId : fields.id));
  expect(msg?.deliveryCount).toBe(isServiceBus ? fields.deliveryCount : fields.dequeueCount);
  expect(msg?.publishedAt.getTime()).toBe(
    Date.parse(String(isServiceBus ? fields.enqueuedTimeUtc : fields.insertionTime)),
  );
  expect(msg?.text()).toBe(bodyText(input));
  if (isServiceBus) {
    const props = (fields.applicationProperties ?? fields.userProperties ?? {}) as Json;
    expect(Object.keys(msg?.attributes ?? {}).sort()).toEqual(Object.keys(props).sort());
    expect(msg?.groupId).toBe(fields.sessionId);
  }
  const entity = entityOf(fixture.binding);
  if (entity) expect(msg?.source).toBe(entity);
  expect(msg?.toCloudEvent()).toMatchObject({ id: msg?.id, specversion: '1.0' });
}

// cardinality many: every field of message i is element i of its `…Array` metadata.
function fieldsAt(meta: Json, index: number): Json {
  const out: Json = {};
  for (const [key, list] of Object.entries(meta)) {
    if (key.endsWith('Array') && Array.isArray(list)) out[key.slice(0, -'Array'.length)] = list[index];
  }
  return out;
}

/**
 * A Storage Queue or Service Bus capture (one message, or a batch with cardinality many) through a queue definition.
 *
 * @example
 * await checkQueue(readJson(file))
 */
export async function checkQueue(fixture: TriggerFixture): Promise<void> {
  const meta = fixture.triggerMetadata ?? {};
  const seen: Message[] = [];
  const out = await invoke(
    queue((m) => void seen.push(m)),
    fixture,
  );
  if (fixture.cardinality === 'many') {
    const inputs = fixture.input as unknown[];
    expect(out.error).toBeUndefined();
    expect(seen).toHaveLength(inputs.length);
    inputs.forEach((input, i) => void expectMessage(seen[i], fieldsAt(meta, i), input, fixture));
    return;
  }
  const time = fixture.trigger === 'serviceBusTrigger' ? meta.enqueuedTimeUtc : meta.insertionTime;
  if (Number.isNaN(Date.parse(String(time)))) {
    expect(out.error).toBeInstanceOf(MalformedInputError);
    expect(seen).toEqual([]);
    return;
  }
  expect(out.error).toBeUndefined();
  expectMessage(seen[0], meta, fixture.input, fixture);
}

/**
 * A timer capture through a schedule definition: the tick due is `scheduleStatus.next`.
 *
 * @example
 * await checkSchedule(readJson(file))
 */
export async function checkSchedule(fixture: TriggerFixture): Promise<void> {
  const seen: ScheduleEvent[] = [];
  const out = await invoke(
    schedule('rate(5 minutes)', (e) => void seen.push(e)),
    fixture,
  );
  expect(out.error).toBeUndefined();
  const input = fixture.input as { isPastDue: boolean; scheduleStatus: { next: string } };
  expect(seen[0]?.scheduledTime.getTime()).toBe(Date.parse(input.scheduleStatus.next));
  expect(seen[0]?.isPastDue).toBe(input.isPastDue);
  if (typeof fixture.binding?.schedule === 'string') expect(seen[0]?.schedule).toBe(fixture.binding.schedule);
}

/**
 * A blob trigger capture through a storage definition: container/name from `blobTrigger`, the blob's properties.
 *
 * @example
 * await checkBlob(readJson(file))
 */
export async function checkBlob(fixture: TriggerFixture): Promise<void> {
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
  const { created, lastModified } = meta.properties;
  const overwritten = Date.parse(String(created)) < Date.parse(String(lastModified));
  expect(seen[0]).toMatchObject({
    kind: overwritten ? 'updated' : 'created',
    bucket: meta.blobTrigger.slice(0, slash),
    key: meta.blobTrigger.slice(slash + 1),
  });
  expect(seen[0]?.size).toBe(Number(meta.properties.length ?? meta.properties.contentLength));
  expect(seen[0]?.contentType).toBe(meta.properties.contentType);
  expect(seen[0]?.etag).toBe(String(meta.properties.eTag).replaceAll('"', ''));
}
