import type { CloudEvent } from './cloud-event.js';
import type { Definition, HttpDefinition } from './definition.js';
import type { JsonValue } from './events.js';

/**
 * A Web `fetch` through one provider's native shapes: what each adapter's `./testing` export returns.
 *
 * @example
 * const res = await transport.fetch(new Request('http://localhost/hello'))
 */
export interface Transport {
  /** e.g. `aws:apigw-v2`, `gcp`, `azure`. */
  readonly name: string;
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** A message to deliver, provider-neutral. */
export interface MessageInput {
  readonly id: string;
  readonly body: string | Uint8Array;
  readonly attributes?: Record<string, string>;
  readonly groupId?: string;
  readonly deliveryCount?: number;
  readonly publishedAt?: Date;
}

/** An object-storage change to deliver. */
export interface StorageInput {
  readonly id: string;
  readonly kind: 'created' | 'deleted' | 'updated';
  readonly bucket: string;
  readonly key: string;
  readonly size?: number;
  readonly etag?: string;
  readonly contentType?: string;
  readonly time?: Date;
}

/** A stream record to deliver: bytes (Kinesis, Event Hubs) or a change (DynamoDB, Cosmos DB). */
export interface StreamInput {
  readonly id: string;
  readonly partitionKey: string;
  readonly data?: string | Uint8Array;
  readonly change?: 'insert' | 'modify' | 'remove';
  readonly keys?: { [key: string]: JsonValue };
  readonly newImage?: { [key: string]: JsonValue };
  readonly oldImage?: { [key: string]: JsonValue };
  readonly time?: Date;
}

/** What to deliver, by trigger kind. */
export type EventInput =
  | { readonly kind: 'message'; readonly messages: readonly MessageInput[] }
  | { readonly kind: 'storage'; readonly events: readonly StorageInput[] }
  | { readonly kind: 'schedule'; readonly time: Date; readonly schedule?: string }
  | { readonly kind: 'stream'; readonly records: readonly StreamInput[] }
  | { readonly kind: 'event'; readonly events: readonly CloudEvent[] };

/**
 * How the platform settles a delivery: which input ids it considers done, and which it will
 * deliver again (a failed invocation, `batchItemFailures`, a stream resuming at a sequence number).
 * Ids are the input ids. Nothing may be in neither list: that would be a lost message.
 */
export interface DeliveryReport {
  readonly acknowledged: string[];
  readonly redelivered: string[];
  /** The adapter's native results, for inspection. */
  readonly results: unknown[];
}

/**
 * Fires provider-native events built from neutral input at a wrapped definition, the way the
 * platform would (one invocation per message or one per batch), and reports how it settled.
 *
 * @example
 * const report = await transport.deliver(orders, { kind: 'message', messages }, 'sqs')
 */
export interface EventTransport {
  /** e.g. `aws`, `gcp`, `azure`. */
  readonly name: string;
  /** Native sources this transport can build, by trigger kind, e.g. `{ queue: ['sqs', 'sqs-fifo'] }`. */
  readonly sources: Readonly<Partial<Record<Exclude<Definition['kind'], 'http'>, readonly string[]>>>;
  deliver(def: Exclude<Definition, HttpDefinition>, input: EventInput, source: string): Promise<DeliveryReport>;
  close(): Promise<void>;
}
