import type { CloudEvent, Normalized } from './cloud-event.js';
import { MalformedInputError } from './errors.js';

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
  /** `data` as UTF-8 text ('' for change-feed records, which carry no bytes). */
  text(): string;
  /** `data` parsed as JSON; throws `MalformedInputError` naming the record when it is not JSON. */
  json<T = unknown>(): T;
}

type Plain<E> = Omit<E, 'toCloudEvent' | 'text' | 'json'>;

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

// A class, not a spread plus a closure per record: a Kinesis batch builds hundreds of these.
class StreamRecordImpl<Raw> {
  readonly #type: string;
  constructor(init: Plain<StreamRecord<Raw>>, type: string) {
    // Field by field (not Object.assign): the same shape for every record keeps property access fast.
    const self = this as unknown as Record<string, unknown>;
    self.id = init.id;
    self.sequence = init.sequence;
    self.partitionKey = init.partitionKey;
    if (init.data !== undefined) self.data = init.data;
    self.time = init.time;
    if (init.change !== undefined) self.change = init.change;
    if (init.keys !== undefined) self.keys = init.keys;
    if (init.newImage !== undefined) self.newImage = init.newImage;
    if (init.oldImage !== undefined) self.oldImage = init.oldImage;
    self.source = init.source;
    self.raw = init.raw;
    this.#type = type;
  }

  text(this: StreamRecordImpl<Raw> & Plain<StreamRecord<Raw>>): string {
    const data = this.data;
    if (!data) return '';
    // Adapters hand over Buffers (base64-decoded); only a plain Uint8Array needs a Buffer view.
    return Buffer.isBuffer(data)
      ? data.toString('utf8')
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  }

  json<T>(this: StreamRecordImpl<Raw> & Plain<StreamRecord<Raw>>): T {
    try {
      return JSON.parse(this.text()) as T;
    } catch (cause) {
      throw new MalformedInputError(`stream record ${this.id}: data is not valid JSON`, { cause });
    }
  }

  toCloudEvent(this: StreamRecordImpl<Raw> & Plain<StreamRecord<Raw>>): CloudEvent {
    const { raw: _raw, data, ...rest } = this as StreamRecordImpl<Raw> & Plain<StreamRecord<Raw>>;
    return {
      specversion: '1.0',
      id: this.id,
      source: this.source,
      type: this.#type,
      subject: this.partitionKey,
      time: this.time.toISOString(),
      ...(data
        ? { datacontenttype: 'application/octet-stream', data_base64: Buffer.from(data).toString('base64') }
        : { datacontenttype: 'application/json', data: rest }),
    };
  }
}

/**
 * Builds a `StreamRecord` (for adapter authors).
 *
 * @example
 * createStreamRecord({ id, sequence, partitionKey, data, time, source, raw }, 'aws:kinesis:record')
 */
export function createStreamRecord<Raw>(init: Plain<StreamRecord<Raw>>, type: string): StreamRecord<Raw> {
  return new StreamRecordImpl(init, type) as unknown as StreamRecord<Raw>;
}
