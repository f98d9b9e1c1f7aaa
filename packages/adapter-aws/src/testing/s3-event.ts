import type { StorageInput } from '@faasport/core/adapter';
import type { S3Event, S3Record } from '../event-types.js';

/** Options of `toS3Event`. */
export interface S3EventOptions {
  readonly region?: string;
}

const EVENT_NAMES = {
  created: 'ObjectCreated:Put',
  deleted: 'ObjectRemoved:Delete',
  updated: 'ObjectTagging:Put',
} as const;
const RESERVED = /[!'()*]/g;

/**
 * Encodes a key the way S3 notifications carry it: URL-encoded, `+` for a space, `/` kept.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 *
 * @example
 * encodeS3Key('my photo+1.jpg') // 'my+photo%2B1.jpg'
 */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key)
    .replace(RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+')
    .replaceAll('%2F', '/');
}

function recordOf(input: StorageInput, i: number, region: string): S3Record {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: (input.time ?? new Date()).toISOString(),
    eventName: EVENT_NAMES[input.kind],
    userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
    requestParameters: { sourceIPAddress: '203.0.113.7' },
    responseElements: { 'x-amz-request-id': input.id, 'x-amz-id-2': 'EXAMPLE123/5678abcdefghijklambdaisawesome' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'faasport',
      bucket: {
        name: input.bucket,
        ownerIdentity: { principalId: 'A3I5XTEXAMAI3E' },
        arn: `arn:aws:s3:::${input.bucket}`,
      },
      object: {
        key: encodeS3Key(input.key),
        ...(input.size === undefined ? {} : { size: input.size }),
        ...(input.etag === undefined ? {} : { eTag: input.etag }),
        sequencer: (0x0a1b2c3d4e5f6789n + BigInt(i)).toString(16).toUpperCase(),
      },
    },
  };
}

/**
 * Builds an S3 notification event (one record per input; S3 itself sends one per event). Keys are
 * URL-encoded as S3 does; created → `ObjectCreated:Put`, deleted → `ObjectRemoved:Delete`, updated →
 * `ObjectTagging:Put`. The input id becomes the record's `x-amz-request-id`.
 *
 * @example
 * const event = toS3Event([{ id: 'r1', kind: 'created', bucket: 'photos', key: 'cats/tom 1.jpg', size: 10 }])
 */
export function toS3Event(events: readonly StorageInput[], options: S3EventOptions = {}): S3Event {
  const region = options.region ?? 'us-east-1';
  return { Records: events.map((input, i) => recordOf(input, i, region)) };
}
