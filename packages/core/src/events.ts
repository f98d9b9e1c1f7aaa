import type { CloudEvent, Normalized } from './cloud-event.js';

/** Identity of an event for its CloudEvent view. */
export interface EventOrigin {
  readonly id: string;
  /** CloudEvents `source`: the bucket, schedule or stream the event came from. */
  readonly source: string;
  /** CloudEvents `type` of the platform's event, e.g. `aws:s3:ObjectCreated:Put`. */
  readonly type: string;
}

/** An object created, deleted or updated in a bucket (S3, Cloud Storage, Blob Storage). */
export interface StorageEvent<Raw = unknown> extends Normalized<Raw> {
  readonly kind: 'created' | 'deleted' | 'updated';
  /** Bucket, or container on Azure. */
  readonly bucket: string;
  /** The object key, decoded. */
  readonly key: string;
  /** Bytes. */
  readonly size?: number;
  readonly etag?: string;
  readonly contentType?: string;
  readonly time: Date;
}

/** A scheduled tick (EventBridge, Cloud Scheduler, Timer trigger). */
export interface ScheduleEvent<Raw = unknown> extends Normalized<Raw> {
  readonly scheduledTime: Date;
  /** The schedule as the platform states it, when it does. */
  readonly schedule?: string;
  /** Azure: the tick is late. */
  readonly isPastDue?: boolean;
}

/** A JSON value, as database change feeds deliver images. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One record of a data stream or database change feed (Kinesis, DynamoDB Streams, Event Hubs, Cosmos DB). */
export interface StreamRecord<Raw = unknown> extends Normalized<Raw> {
  readonly id: string;
  /** Position in the shard/partition: Kinesis and DynamoDB sequence number, Event Hubs sequence number. */
  readonly sequence: string;
  readonly partitionKey: string;
  /** Payload bytes for Kinesis and Event Hubs. */
  readonly data?: Uint8Array;
  readonly time: Date;
  /** Database change feeds. */
  readonly change?: 'insert' | 'modify' | 'remove';
  readonly keys?: { [key: string]: JsonValue };
  readonly newImage?: { [key: string]: JsonValue };
  readonly oldImage?: { [key: string]: JsonValue };
  /** Where it came from: stream ARN, event hub name, container. */
  readonly source: string;
}

type Plain<E> = Omit<E, 'toCloudEvent'>;

function withCloudEvent<E extends object>(value: E, view: () => CloudEvent): E & { toCloudEvent(): CloudEvent } {
  return Object.assign(value, { toCloudEvent: view });
}

/**
 * Builds a `StorageEvent` (for adapter authors).
 *
 * @example
 * createStorageEvent({ kind: 'created', bucket, key, time, raw }, { id, source, type: 'aws:s3:ObjectCreated:Put' })
 */
export function createStorageEvent<Raw>(init: Plain<StorageEvent<Raw>>, origin: EventOrigin): StorageEvent<Raw> {
  const { raw: _raw, ...data } = init;
  return withCloudEvent({ ...init }, () => ({
    specversion: '1.0',
    ...origin,
    subject: init.key,
    time: init.time.toISOString(),
    datacontenttype: 'application/json',
    data,
  }));
}

/**
 * Builds a `ScheduleEvent` (for adapter authors).
 *
 * @example
 * createScheduleEvent({ scheduledTime: new Date(event.time), raw: event }, { id, source, type })
 */
export function createScheduleEvent<Raw>(init: Plain<ScheduleEvent<Raw>>, origin: EventOrigin): ScheduleEvent<Raw> {
  const { raw: _raw, ...data } = init;
  return withCloudEvent({ ...init }, () => ({
    specversion: '1.0',
    ...origin,
    time: init.scheduledTime.toISOString(),
    datacontenttype: 'application/json',
    data,
  }));
}

/**
 * Builds a `StreamRecord` (for adapter authors).
 *
 * @example
 * createStreamRecord({ id, sequence, partitionKey, data, time, source, raw }, 'aws:kinesis:record')
 */
export function createStreamRecord<Raw>(init: Plain<StreamRecord<Raw>>, type: string): StreamRecord<Raw> {
  const { raw: _raw, data, ...rest } = init;
  return withCloudEvent({ ...init }, () => ({
    specversion: '1.0',
    id: init.id,
    source: init.source,
    type,
    subject: init.partitionKey,
    time: init.time.toISOString(),
    ...(data
      ? { datacontenttype: 'application/octet-stream', data_base64: Buffer.from(data).toString('base64') }
      : { datacontenttype: 'application/json', data: rest }),
  }));
}
