import { MalformedInputError, type Message, type Schema } from '@faasport/core';
import { createMessage, decodeBase64 } from '@faasport/core/adapter';
import { jsonDataOf, kindOf, timeOf } from './cloud-event-data.js';
import { PUBSUB_PUBLISHED } from './detect.js';
import type { GcpCloudEvent } from './types.js';

const EMPTY = new Uint8Array(0);
const PUBSUB_SOURCE = '//pubsub.googleapis.com/';

/** What the adapter reads of a Pub/Sub delivery, the same in `MessagePublishedData` and a push body. */
interface Delivery {
  readonly message?: unknown;
  readonly subscription?: unknown;
  readonly deliveryAttempt?: unknown;
}

/** Where a message came from when the delivery itself does not say. */
interface Fallback {
  readonly topic?: string;
  readonly time?: string;
}

/**
 * Turns a `messagePublished` CloudEvent into a `Message`: id = `message.messageId`, body =
 * base64-decoded `message.data`, attributes, publishedAt = `publishTime`, deliveryCount =
 * `deliveryAttempt` when present (else 1), source = the subscription (else the topic), groupId =
 * `orderingKey`. `raw` is the CloudEvent. Rejects with `MalformedInputError` (bad base64, no id…)
 * or, with a schema, `ValidationError`.
 *
 * @example
 * const msg = await fromPubSubCloudEvent(cloudEvent)
 * msg.text()
 */
export function fromPubSubCloudEvent<T>(ce: GcpCloudEvent, schema?: Schema<T>): Promise<Message<T, GcpCloudEvent>> {
  const fallback = { topic: topicOf(ce.source), time: ce.time };
  return createPubSubMessage(jsonDataOf(ce) as Delivery, fallback, ce, schema);
}

/**
 * Turns a raw Pub/Sub push body `{ message, subscription, deliveryAttempt? }` (an HTTP function
 * behind a push subscription) into a `Message`; `raw` is the body. A message without
 * `publishTime` (the Pub/Sub emulator sends none) gets the arrival time.
 *
 * @example
 * const msg = await fromPubSubPushBody(req.body)
 */
export function fromPubSubPushBody<T, B extends object>(body: B, schema?: Schema<T>): Promise<Message<T, B>> {
  return createPubSubMessage(body as Delivery, { time: new Date().toISOString() }, body, schema);
}

async function createPubSubMessage<T, Raw>(
  delivery: Delivery,
  fallback: Fallback,
  raw: Raw,
  schema: Schema<T> | undefined,
): Promise<Message<T, Raw>> {
  const message = delivery.message;
  if (typeof message !== 'object' || message === null) {
    throw new MalformedInputError(`Pub/Sub delivery has no message object (got ${kindOf(message)})`);
  }
  const m = message as Record<string, unknown>;
  const id = m.messageId ?? m.message_id;
  if (typeof id !== 'string' || id === '') throw new MalformedInputError('Pub/Sub message has no messageId');
  const what = `Pub/Sub message ${id}`;
  const orderingKey = m.orderingKey ?? m.ordering_key;
  return createMessage(
    {
      id,
      body: bodyOf(m.data, what),
      attributes: attributesOf(m.attributes, what),
      deliveryCount: deliveryCountOf(delivery.deliveryAttempt),
      publishedAt: timeOf(m.publishTime ?? m.publish_time ?? fallback.time, `${what}: publishTime`),
      source: sourceOf(delivery.subscription, fallback.topic),
      ...(typeof orderingKey === 'string' && orderingKey !== '' ? { groupId: orderingKey } : {}),
      type: PUBSUB_PUBLISHED,
      raw,
    },
    schema,
  );
}

function bodyOf(data: unknown, what: string): Uint8Array {
  if (data === undefined || data === null || data === '') return EMPTY;
  if (typeof data !== 'string') throw new MalformedInputError(`${what}: data must be a base64 string`);
  return decodeBase64(data, `${what}: data`);
}

function attributesOf(value: unknown, what: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new MalformedInputError(`${what}: attributes must be an object of strings`);
  }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new MalformedInputError(`${what}: attribute ${key} is not a string`);
  }
  return value as Record<string, string>;
}

// Present only when the subscription has a dead-letter policy: https://cloud.google.com/pubsub/docs/handling-failures#track-delivery-attempts
function deliveryCountOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : 1;
}

function sourceOf(subscription: unknown, topic: string | undefined): string {
  if (typeof subscription === 'string' && subscription !== '') return subscription;
  return topic ?? '';
}

/**
 * The topic of a Pub/Sub CloudEvent source: `//pubsub.googleapis.com/projects/p/topics/t` →
 * `projects/p/topics/t` (the source as is when it has another form).
 *
 * @example
 * topicOf('//pubsub.googleapis.com/projects/p/topics/t') // 'projects/p/topics/t'
 */
export function topicOf(source: string): string {
  return source.startsWith(PUBSUB_SOURCE) ? source.slice(PUBSUB_SOURCE.length) : source;
}
