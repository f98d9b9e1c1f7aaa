import type { CloudEvent } from '@faasport/core';
import type { EventInput, MessageInput, StorageInput, StreamInput } from '@faasport/core/adapter';
import { EventRefusedError } from './errors.js';

type Json = Record<string, unknown>;

const KINDS = new Set(['message', 'storage', 'schedule', 'stream', 'event']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a JSON value is a normalized event (`{ kind: 'message' | 'storage' | 'schedule' | 'stream' | 'event', … }`).
 *
 * @example
 * isEventInputJson({ kind: 'message', messages: [] }) // true
 */
export function isEventInputJson(value: unknown): value is Json {
  return isObject(value) && typeof value.kind === 'string' && KINDS.has(value.kind);
}

function fail(where: string, problem: string): never {
  throw new EventRefusedError(`normalized event: ${where} ${problem}`);
}

function str(o: Json, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') fail(`${where}.${key}`, 'must be a non-empty string');
  return v;
}

function optDate(o: Json, key: string, where: string): Date | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  const date = typeof v === 'string' || typeof v === 'number' ? new Date(v) : undefined;
  if (!date || Number.isNaN(date.getTime())) fail(`${where}.${key}`, `is not a date: ${JSON.stringify(v)}`);
  return date;
}

// Bytes travel as `<key>Base64`; a string is UTF-8 text; any other JSON value is sent as its JSON text.
function bytes(o: Json, key: string, where: string): string | Uint8Array | undefined {
  const b64 = o[`${key}Base64`];
  if (b64 !== undefined) {
    if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      fail(`${where}.${key}Base64`, 'is not base64');
    }
    return new Uint8Array(Buffer.from(b64, 'base64'));
  }
  const v = o[key];
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function list(o: Json, key: string): Json[] {
  const v = o[key];
  if (!Array.isArray(v) || v.length === 0) fail(key, 'must be a non-empty array');
  return v.map((item, i) => (isObject(item) ? item : fail(`${key}[${i}]`, 'must be an object')));
}

function attributes(o: Json, where: string): Record<string, string> | undefined {
  const v = o.attributes;
  if (v === undefined) return undefined;
  if (!isObject(v) || Object.values(v).some((x) => typeof x !== 'string')) {
    fail(`${where}.attributes`, 'must be an object of strings');
  }
  return v as Record<string, string>;
}

function toMessage(m: Json, i: number): MessageInput {
  const where = `messages[${i}]`;
  const count = m.deliveryCount;
  if (count !== undefined && (!Number.isInteger(count) || (count as number) < 1)) {
    fail(`${where}.deliveryCount`, 'must be an integer of at least 1');
  }
  return {
    id: str(m, 'id', where),
    body: bytes(m, 'body', where) ?? '',
    ...optional('attributes', attributes(m, where)),
    ...optional('groupId', m.groupId === undefined ? undefined : str(m, 'groupId', where)),
    ...optional('deliveryCount', count as number | undefined),
    ...optional('publishedAt', optDate(m, 'publishedAt', where)),
  };
}

const STORAGE_KINDS = new Set(['created', 'deleted', 'updated']);

function toStorage(e: Json, i: number): StorageInput {
  const where = `events[${i}]`;
  if (!STORAGE_KINDS.has(e.kind as string)) fail(`${where}.kind`, "must be 'created', 'deleted' or 'updated'");
  if (e.size !== undefined && (!Number.isInteger(e.size) || (e.size as number) < 0)) {
    fail(`${where}.size`, 'must be a number of bytes');
  }
  return {
    id: str(e, 'id', where),
    kind: e.kind as StorageInput['kind'],
    bucket: str(e, 'bucket', where),
    key: str(e, 'key', where),
    ...optional('size', e.size as number | undefined),
    ...optional('etag', e.etag === undefined ? undefined : str(e, 'etag', where)),
    ...optional('contentType', e.contentType === undefined ? undefined : str(e, 'contentType', where)),
    ...optional('time', optDate(e, 'time', where)),
  };
}

const CHANGES = new Set(['insert', 'modify', 'remove']);

function toStream(r: Json, i: number): StreamInput {
  const where = `records[${i}]`;
  if (r.change !== undefined && !CHANGES.has(r.change as string)) {
    fail(`${where}.change`, "must be 'insert', 'modify' or 'remove'");
  }
  for (const key of ['keys', 'newImage', 'oldImage']) {
    if (r[key] !== undefined && !isObject(r[key])) fail(`${where}.${key}`, 'must be an object');
  }
  return {
    id: str(r, 'id', where),
    partitionKey: str(r, 'partitionKey', where),
    ...optional('data', bytes(r, 'data', where)),
    ...optional('change', r.change as StreamInput['change']),
    ...optional('keys', r.keys as StreamInput['keys']),
    ...optional('newImage', r.newImage as StreamInput['newImage']),
    ...optional('oldImage', r.oldImage as StreamInput['oldImage']),
    ...optional('time', optDate(r, 'time', where)),
  };
}

function toCloudEvent(e: Json, i: number): CloudEvent {
  const where = `events[${i}]`;
  if (e.specversion !== '1.0') fail(`${where}.specversion`, "must be '1.0'");
  str(e, 'id', where);
  str(e, 'source', where);
  str(e, 'type', where);
  return e as unknown as CloudEvent;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Reads a normalized event from JSON: dates as ISO strings, bytes as `body`/`data` text (or any JSON
 * value, sent as its JSON text) or `bodyBase64`/`dataBase64`. Throws `EventRefusedError` naming the
 * field that is wrong.
 *
 * @example
 * parseEventInput({ kind: 'message', messages: [{ id: '1', body: { sku: 'A' } }] })
 */
export function parseEventInput(json: unknown): EventInput {
  if (!isEventInputJson(json)) {
    fail('kind', "must be one of 'message', 'storage', 'schedule', 'stream', 'event'");
  }
  switch (json.kind) {
    case 'message':
      return { kind: 'message', messages: list(json, 'messages').map(toMessage) };
    case 'storage':
      return { kind: 'storage', events: list(json, 'events').map(toStorage) };
    case 'schedule':
      return {
        kind: 'schedule',
        time: optDate(json, 'time', 'schedule') ?? new Date(),
        ...optional('schedule', json.schedule === undefined ? undefined : str(json, 'schedule', 'schedule')),
      };
    case 'stream':
      return { kind: 'stream', records: list(json, 'records').map(toStream) };
    default:
      return { kind: 'event', events: list(json, 'events').map(toCloudEvent) };
  }
}
