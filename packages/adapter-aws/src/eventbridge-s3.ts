import {
  type Context,
  MalformedInputError,
  type StorageDefinition,
  type StorageEvent,
  UnsupportedEventError,
} from '@faasport/core';
import { createStorageEvent } from '@faasport/core/adapter';
import type { EventBridgeS3Event } from './event-types.js';
import { settleEach } from './settle.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
const KINDS: Readonly<Record<string, StorageEvent['kind']>> = {
  'Object Created': 'created',
  'Object Deleted': 'deleted',
  'Object Restore Completed': 'updated',
  'Object Tags Added': 'updated',
  'Object Tags Deleted': 'updated',
  'Object ACL Updated': 'updated',
  'Object Storage Class Changed': 'updated',
  'Object Access Tier Changed': 'updated',
};

/**
 * Normalizes an S3 event delivered through EventBridge: kind from `detail-type`, bucket, key (NOT
 * URL-encoded in this form, unlike notifications: used as is), size, etag, time = the envelope's time.
 *
 * @example
 * const ev = fromEventBridgeS3Event(event)
 */
export function fromEventBridgeS3Event(event: EventBridgeS3Event): StorageEvent<EventBridgeS3Event> {
  const detailType = event['detail-type'];
  const kind = typeof detailType === 'string' && Object.hasOwn(KINDS, detailType) ? KINDS[detailType] : undefined;
  if (!kind)
    throw new UnsupportedEventError(
      'aws',
      `S3 EventBridge event ${JSON.stringify(detailType)} is not an object change faasport maps`,
    );
  const bucket = event.detail?.bucket?.name;
  const object = event.detail?.object;
  if (typeof bucket !== 'string' || bucket === '' || typeof object?.key !== 'string' || object.key === '') {
    throw new MalformedInputError(
      `S3 EventBridge event ${JSON.stringify(event.id)}: detail.bucket.name and detail.object.key must be non-empty strings`,
    );
  }
  const time = typeof event.time === 'string' ? new Date(event.time) : undefined;
  if (time === undefined || Number.isNaN(time.getTime()))
    throw new MalformedInputError(
      `S3 EventBridge event ${JSON.stringify(event.id)}: time ${JSON.stringify(event.time)} is not a date`,
    );
  return createStorageEvent(
    {
      kind,
      bucket,
      key: object.key,
      ...(typeof object.size === 'number' ? { size: object.size } : {}),
      ...(typeof object.etag === 'string' && object.etag !== '' ? { etag: object.etag } : {}),
      time,
      raw: event,
    },
    { id: event.id, source: event.resources?.[0] ?? `arn:aws:s3:::${bucket}`, type: `aws.s3:${detailType}` },
  );
}

/**
 * Runs a storage definition for an S3-through-EventBridge event; a failure rejects the invocation so
 * EventBridge / Lambda retry it.
 *
 * @example
 * await invokeEventBridgeS3(uploads, event, ctx)
 */
export function invokeEventBridgeS3(def: StorageDefinition, event: EventBridgeS3Event, ctx: Context): Promise<void> {
  const item = { id: event.id, load: () => fromEventBridgeS3Event(event) };
  return settleEach([item], (ev) => def.handler(ev, ctx), ctx, 'S3 EventBridge event');
}
