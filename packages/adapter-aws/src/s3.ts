import {
  type Context,
  MalformedInputError,
  type StorageDefinition,
  type StorageEvent,
  UnsupportedEventError,
} from '@faasport/core';
import { type BatchItem, createStorageEvent } from '@faasport/core/adapter';
import type { S3Event, S3Record } from './event-types.js';
import { settleEach } from './settle.js';

const PLUS = /\+/g;

/**
 * Decodes an S3 notification key: S3 URL-encodes it with `+` for a space, so `+` becomes a space
 * first and percent-escapes are decoded after (`%2B` is a real plus). A broken escape is a
 * `MalformedInputError`. https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 *
 * @example
 * decodeS3Key('my+photo%2B1.jpg') // 'my photo+1.jpg'
 */
export function decodeS3Key(key: string): string {
  if (!key.includes('%') && !key.includes('+')) return key;
  try {
    return decodeURIComponent(key.replace(PLUS, ' '));
  } catch (cause) {
    throw new MalformedInputError(`S3 object key ${JSON.stringify(key)} is not valid URL encoding`, { cause });
  }
}

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html
function kindOf(eventName: string): StorageEvent['kind'] {
  const family = eventName.slice(0, eventName.indexOf(':'));
  if (family === 'ObjectCreated') return 'created';
  if (family === 'ObjectRemoved' || family === 'LifecycleExpiration') return 'deleted';
  if (
    family === 'ObjectTagging' ||
    family === 'ObjectAcl' ||
    eventName === 'ObjectRestore:Completed' ||
    eventName.startsWith('LifecycleTransition') ||
    eventName.startsWith('IntelligentTiering')
  ) {
    return 'updated';
  }
  throw new UnsupportedEventError('aws', `S3 event ${JSON.stringify(eventName)} is not an object change faasport maps`);
}

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new MalformedInputError(`S3 record: ${field} is ${JSON.stringify(value)}, expected a non-empty string`);
  }
  return value;
}

/**
 * Normalizes one S3 notification record: kind from `eventName` (ObjectCreated → created,
 * ObjectRemoved and LifecycleExpiration → deleted, tagging/ACL/restore-completed/transitions →
 * updated), bucket, key decoded, size, etag, time = eventTime. Fields faasport only passes on (region,
 * bucket ARN) are not checked: a placeholder such as `arn:{partition}:s3:::b` is an odd string, not an error.
 *
 * @example
 * const ev = fromS3Record(event.Records[0])
 */
export function fromS3Record(record: S3Record): StorageEvent<S3Record> {
  const eventName = requireString(record?.eventName, 'eventName');
  const bucket = requireString(record.s3?.bucket?.name, 's3.bucket.name');
  const object = record.s3.object;
  const rawKey = requireString(object?.key, 's3.object.key');
  const time = new Date(requireString(record.eventTime, 'eventTime'));
  if (Number.isNaN(time.getTime()))
    throw new MalformedInputError(`S3 record: eventTime ${record.eventTime} is not a date`);
  const requestId = (record.responseElements as Record<string, unknown> | undefined)?.['x-amz-request-id'];
  const arn = record.s3.bucket.arn;
  return createStorageEvent(
    {
      kind: kindOf(eventName),
      bucket,
      key: decodeS3Key(rawKey),
      ...(typeof object.size === 'number' ? { size: object.size } : {}),
      ...(typeof object.eTag === 'string' && object.eTag !== '' ? { etag: object.eTag } : {}),
      time,
      raw: record,
    },
    {
      id:
        [requestId, object.sequencer].filter((p) => typeof p === 'string').join(':') ||
        `${bucket}/${rawKey}@${record.eventTime}`,
      source: typeof arn === 'string' && arn !== '' ? arn : `arn:aws:s3:::${bucket}`,
      type: `aws:s3:${eventName}`,
    },
  );
}

class S3Item implements BatchItem<StorageEvent<S3Record>> {
  readonly id: string;
  readonly #record: S3Record;
  constructor(record: S3Record) {
    const key = record?.s3?.object?.key;
    this.id = typeof key === 'string' ? key : '(no s3.object.key)';
    this.#record = record;
  }
  load(): StorageEvent<S3Record> {
    return fromS3Record(this.#record);
  }
}

/**
 * Runs a storage definition for an S3 notification (S3 invokes asynchronously, one record per
 * event in practice). Any failure rejects the invocation so Lambda retries the event.
 *
 * @example
 * await invokeS3(uploads, event, ctx)
 */
export function invokeS3(def: StorageDefinition, event: S3Event, ctx: Context): Promise<void> {
  const items = event.Records.map((record) => new S3Item(record));
  return settleEach(items, (ev) => def.handler(ev, ctx), ctx, 'S3 record');
}
