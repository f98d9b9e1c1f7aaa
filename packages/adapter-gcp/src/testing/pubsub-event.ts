import type { CloudEvent } from '@faasport/core';
import { encodeBase64, type MessageInput } from '@faasport/core/adapter';
import { PUBSUB_PUBLISHED } from '../detect.js';

/**
 * Where a built Pub/Sub message was published and delivered.
 *
 * @example
 * const target: PubSubTarget = { topic: 'projects/p/topics/orders', subscription: 'projects/p/subscriptions/orders-fn' }
 */
export interface PubSubTarget {
  /** Default `projects/faasport-local/topics/faasport`. */
  readonly topic?: string;
  /** Default `projects/faasport-local/subscriptions/faasport`. */
  readonly subscription?: string;
}

/** A Pub/Sub push body (https://cloud.google.com/pubsub/docs/push#receive_push). */
export interface PubSubPushBody {
  readonly message: Record<string, unknown>;
  readonly subscription: string;
  readonly deliveryAttempt?: number;
}

const DEFAULT_TOPIC = 'projects/faasport-local/topics/faasport';
const DEFAULT_SUBSCRIPTION = 'projects/faasport-local/subscriptions/faasport';
const encoder = new TextEncoder();

/**
 * Builds the `messagePublished` CloudEvent Eventarc delivers for a Pub/Sub message: id = messageId,
 * source `//pubsub.googleapis.com/<topic>`, time = publishTime, data `{ message, subscription }`
 * with the body base64-encoded. Eventarc carries no delivery attempt, so `deliveryCount` is not sent.
 *
 * @example
 * const ce = toPubSubCloudEvent({ id: '1', body: '{"qty":2}' }, { topic: 'projects/p/topics/orders' })
 */
export function toPubSubCloudEvent(message: MessageInput, target: PubSubTarget = {}): CloudEvent {
  const topic = target.topic ?? DEFAULT_TOPIC;
  const published = pubsubMessage(message);
  return {
    specversion: '1.0',
    id: message.id,
    source: `//pubsub.googleapis.com/${topic}`,
    type: PUBSUB_PUBLISHED,
    time: published.publishTime,
    datacontenttype: 'application/json',
    data: { message: published, subscription: target.subscription ?? DEFAULT_SUBSCRIPTION },
  };
}

/**
 * Builds the body a Pub/Sub push subscription POSTs: `{ message, subscription }` with both the
 * camelCase and snake_case id and time fields Pub/Sub sends, and `deliveryAttempt` when the input
 * has a `deliveryCount` (Pub/Sub sends it only with a dead-letter policy).
 *
 * @example
 * await fetch(url, { method: 'POST', body: JSON.stringify(toPubSubPushBody({ id: '1', body: 'hi' })) })
 */
export function toPubSubPushBody(message: MessageInput, target: PubSubTarget = {}): PubSubPushBody {
  const published = pubsubMessage(message);
  return {
    message: { ...published, message_id: published.messageId, publish_time: published.publishTime },
    subscription: target.subscription ?? DEFAULT_SUBSCRIPTION,
    ...(message.deliveryCount === undefined ? {} : { deliveryAttempt: message.deliveryCount }),
  };
}

function pubsubMessage(message: MessageInput): { messageId: string; publishTime: string } & Record<string, unknown> {
  const body = typeof message.body === 'string' ? encoder.encode(message.body) : message.body;
  return {
    messageId: message.id,
    publishTime: (message.publishedAt ?? new Date()).toISOString(),
    data: encodeBase64(body),
    ...(message.attributes ? { attributes: { ...message.attributes } } : {}),
    ...(message.groupId === undefined ? {} : { orderingKey: message.groupId }),
  };
}
