// What a GCP payload file says, read here without the adapter, compared with what the handler saw. Used by
// gcp-events.ts (the per-file check of the corpus and own-fixture suites).
import type { CloudEvent, Message, ScheduleEvent, StorageEvent, StreamRecord } from '@faasport/core';
import { expect } from 'vitest';
import { DATA_TIME, type Json, type Placement } from './gcp-events.js';

/** The CloudEvent `data` (or legacy data) a file carries. */
function dataOf(json: Json, placement: Placement): Json {
  if (placement.form === 'binary' || placement.form === 'request') return json.body as Json;
  if (placement.form === 'data' || placement.form === 'push') return json;
  return json.data as Json;
}

/** The event type a file declares: the CloudEvent type, or the gen 1 `eventType`. */
function typeOf(json: Json, placement: Placement): string {
  switch (placement.form) {
    case 'binary':
      return String((json.headers as Json)['ce-type']);
    case 'structured':
      return String(json.type);
    case 'data':
      return placement.type as string;
    case 'json':
      return String(((json.context ?? json) as Json).eventType);
    default:
      return 'google.cloud.pubsub.topic.v1.messagePublished';
  }
}

function pubsubMessageOf(json: Json, placement: Placement): Json {
  const data = dataOf(json, placement);
  return (placement.form === 'json' ? data : data.message) as Json;
}

function decode(value: unknown): string {
  return typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : '';
}

/**
 * A Pub/Sub message: id, text, attributes, publish time, subscription, ordering key, delivery attempt.
 *
 * @example
 * checkMessage(msg, json, placement)
 */
export function checkMessage(msg: Message, json: Json, placement: Placement): void {
  const m = pubsubMessageOf(json, placement);
  const context = (json.context ?? json) as Json;
  const id = m.messageId ?? (placement.form === 'json' ? context.eventId : json.id);
  expect(msg.id).toBe(id);
  expect(msg.text()).toBe(decode(m.data));
  expect(msg.attributes).toEqual(m.attributes ?? {});
  const time = m.publishTime ?? context.timestamp;
  if (typeof time === 'string') expect(msg.publishedAt.getTime()).toBe(new Date(time).getTime());
  const data = dataOf(json, placement);
  if (typeof data.subscription === 'string') expect(msg.source).toBe(data.subscription);
  if (typeof m.orderingKey === 'string') expect(msg.groupId).toBe(m.orderingKey);
  expect(msg.deliveryCount).toBe(
    placement.form === 'push' && typeof json.deliveryAttempt === 'number' ? json.deliveryAttempt : 1,
  );
}

// https://cloud.google.com/run/docs/triggering/storage-triggers (event types); gen 1 names end in finalize/delete.
function storageKindOf(type: string, data: Json): StorageEvent['kind'] {
  if (data.resourceState === 'not_exists' || /\.(deleted|delete|archived|archive)$/.test(type)) return 'deleted';
  return type.endsWith('.metadataUpdated') || type.endsWith('.metadataUpdate') ? 'updated' : 'created';
}

/**
 * A Cloud Storage object event: bucket, key, size, etag, content type, kind.
 *
 * @example
 * checkStorage(ev, json, placement)
 */
export function checkStorage(ev: StorageEvent, json: Json, placement: Placement): void {
  const data = dataOf(json, placement);
  expect(ev.bucket).toBe(data.bucket);
  expect(ev.key).toBe(data.name);
  expect(ev.size).toBe(Number(data.size));
  expect(ev.etag).toBe(data.etag);
  expect(ev.contentType).toBe(data.contentType);
  expect(ev.kind).toBe(storageKindOf(typeOf(json, placement), data));
}

/**
 * A schedule tick: the time the file says it was scheduled for.
 *
 * @example
 * checkSchedule(tick, json, placement)
 */
export function checkSchedule(ev: ScheduleEvent, json: Json, placement: Placement): void {
  const expected = (() => {
    if (placement.form === 'data') return DATA_TIME;
    if (placement.form === 'request') return String((json.headers as Json)['x-cloudscheduler-scheduletime']);
    if (typeOf(json, placement).endsWith('messagePublished'))
      return String(pubsubMessageOf(json, placement).publishTime);
    return String(placement.form === 'binary' ? (json.headers as Json)['ce-time'] : json.time);
  })();
  expect(ev.scheduledTime.getTime()).toBe(new Date(expected).getTime());
}

function documentPath(doc: Json | undefined): string | undefined {
  const name = doc?.name;
  return typeof name === 'string' ? name.slice(name.indexOf('/documents/') + '/documents/'.length) : undefined;
}

function checkImage(image: Record<string, unknown> | undefined, doc: Json | undefined): void {
  if (typeof doc?.name !== 'string') return void expect(image).toBeUndefined();
  for (const [field, typed] of Object.entries(doc.fields as Record<string, Json>)) {
    if ('stringValue' in typed) expect(image?.[field]).toBe(typed.stringValue);
    if ('integerValue' in typed) expect(image?.[field]).toBe(Number(typed.integerValue));
    if ('doubleValue' in typed) expect(image?.[field]).toBe(typed.doubleValue);
    if ('booleanValue' in typed) expect(image?.[field]).toBe(typed.booleanValue);
    if ('nullValue' in typed) expect(image?.[field]).toBeNull();
  }
}

// https://cloud.google.com/firestore/docs/extend-with-functions-2nd-gen#event_types
function changeOf(type: string, oldDoc: Json | undefined, newDoc: Json | undefined): StreamRecord['change'] {
  if (type.includes('.created')) return 'insert';
  if (type.includes('.deleted')) return 'remove';
  if (type.includes('.updated')) return 'modify';
  if (!oldDoc) return 'insert';
  return newDoc ? 'modify' : 'remove';
}

/**
 * A Firestore document change: path, change, both images.
 *
 * @example
 * checkStream(rec, json, placement)
 */
export function checkStream(rec: StreamRecord, json: Json, placement: Placement): void {
  const data = dataOf(json, placement);
  const doc = (value: unknown) => (typeof (value as Json)?.name === 'string' ? (value as Json) : undefined);
  const newDoc = doc(data.value);
  const oldDoc = doc(data.oldValue);
  expect(rec.partitionKey).toBe(documentPath(newDoc ?? oldDoc));
  expect(rec.change).toBe(changeOf(typeOf(json, placement), oldDoc, newDoc));
  checkImage(rec.newImage, newDoc);
  checkImage(rec.oldImage, oldDoc);
}

/**
 * Any CloudEvent: a structured one arrives whole; a binary one as its expected event, else its data and type.
 *
 * @example
 * checkEvent(ce, json, placement)
 */
export function checkEvent(ce: CloudEvent, json: Json, placement: Placement): void {
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
