import { MalformedInputError, type StorageEvent } from '@faasport/core';
import { createStorageEvent } from '@faasport/core/adapter';
import { describe, jsonDataOf, timeOf } from './cloud-event-data.js';
import type { GcpCloudEvent } from './types.js';

type Kind = StorageEvent['kind'];

// https://cloud.google.com/functions/docs/calling/storage#event_types
const KINDS: Readonly<Record<string, Kind>> = {
  'google.cloud.storage.object.v1.finalized': 'created',
  'google.cloud.storage.object.v1.deleted': 'deleted',
  // A live version became noncurrent (versioned buckets). Those buckets send no `deleted` when the
  // live object is deleted, only `archived`, so it means "no longer at this key".
  'google.cloud.storage.object.v1.archived': 'deleted',
  'google.cloud.storage.object.v1.metadataUpdated': 'updated',
};
const SIZE = /^\d+$/;

/**
 * Turns a Cloud Storage object CloudEvent into a `StorageEvent`: `finalized` → created,
 * `deleted` and `archived` → deleted, `metadataUpdated` → updated; bucket, key (`name`), size (a
 * string in GCS JSON → a number), etag, contentType, time (the event time). A legacy
 * `object.change` with `resourceState: not_exists` (which FF converts to `finalized`) is a deletion.
 *
 * @example
 * const ev = fromCloudStorageEvent(cloudEvent)
 * if (ev.kind === 'created') await thumbnail(ev.bucket, ev.key)
 */
export function fromCloudStorageEvent(ce: GcpCloudEvent): StorageEvent<GcpCloudEvent> {
  const data = jsonDataOf(ce);
  const what = describe(ce);
  const size = sizeOf(data.size, what);
  const etag = data.etag;
  const contentType = data.contentType;
  return createStorageEvent(
    {
      kind: kindOf(ce, data),
      bucket: required(data.bucket, after(ce.source, '/buckets/'), `${what}: bucket`),
      key: required(data.name, after(ce.subject, 'objects/'), `${what}: name`),
      ...(size === undefined ? {} : { size }),
      ...(typeof etag === 'string' ? { etag } : {}),
      ...(typeof contentType === 'string' ? { contentType } : {}),
      time: timeOf(ce.time ?? data.updated, `${what}: time`),
      raw: ce,
    },
    { id: ce.id, source: ce.source, type: ce.type },
  );
}

function kindOf(ce: GcpCloudEvent, data: Record<string, unknown>): Kind {
  const kind = KINDS[ce.type];
  if (kind === undefined) throw new MalformedInputError(`${describe(ce)} is not a Cloud Storage object event`);
  // Gen 1 `object.change` covers both writes and deletions: https://cloud.google.com/functions/docs/calling/storage#legacy_event_types
  return kind === 'created' && data.resourceState === 'not_exists' ? 'deleted' : kind;
}

function sizeOf(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && SIZE.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new MalformedInputError(`${what}: size must be a number of bytes, got ${JSON.stringify(value)}`);
}

function required(value: unknown, fallback: string | undefined, what: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (fallback) return fallback;
  throw new MalformedInputError(`${what} is missing`);
}

// A structured CloudEvent may carry any JSON in `subject`: only a string can name the object.
function after(value: unknown, marker: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const at = value.indexOf(marker);
  return at === -1 ? undefined : value.slice(at + marker.length);
}
