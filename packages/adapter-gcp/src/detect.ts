import type { IncomingHttpHeaders } from 'node:http';
import { isCloudEvent } from '@faasport/core/adapter';
import type { GcpCloudEvent } from './types.js';

/** CloudEvents `type` of a Pub/Sub message (Eventarc, and FF's conversion of push and legacy bodies). */
export const PUBSUB_PUBLISHED = 'google.cloud.pubsub.topic.v1.messagePublished';
/** CloudEvents `type` Cloud Scheduler emits through Eventarc. */
export const SCHEDULER_EXECUTED = 'google.cloud.scheduler.job.v1.executed';

const STORAGE_PREFIX = 'google.cloud.storage.object.v1.';
const STORAGE_ACTIONS = new Set(['finalized', 'deleted', 'archived', 'metadataUpdated']);
const FIRESTORE_PREFIX = 'google.cloud.firestore.document.v1.';
// https://cloud.google.com/firestore/docs/extend-with-functions-2nd-gen#event_types
const FIRESTORE_ACTIONS = new Set(['created', 'updated', 'deleted', 'written']);
const AUTH_CONTEXT = '.withAuthContext';

/**
 * Whether a value is a CloudEvent 1.0 as FF passes it (`specversion`, `id`, `source`, `type`).
 *
 * @example
 * if (!isGcpCloudEvent(value)) throw new UnrecognizedEventError('gcp', 'not a CloudEvent')
 */
export function isGcpCloudEvent(value: unknown): value is GcpCloudEvent {
  return isCloudEvent(value);
}

/**
 * A Pub/Sub `messagePublished` CloudEvent.
 *
 * @example
 * isPubSubCloudEvent({ specversion: '1.0', id: '1', source: '//pubsub.googleapis.com/projects/p/topics/t', type: PUBSUB_PUBLISHED }) // true
 */
export function isPubSubCloudEvent(ce: GcpCloudEvent): boolean {
  return ce.type === PUBSUB_PUBLISHED;
}

/**
 * A Cloud Storage object CloudEvent: `finalized`, `deleted`, `archived` or `metadataUpdated`.
 *
 * @example
 * isCloudStorageCloudEvent({ ...ce, type: 'google.cloud.storage.object.v1.finalized' }) // true
 */
export function isCloudStorageCloudEvent(ce: GcpCloudEvent): boolean {
  return ce.type.startsWith(STORAGE_PREFIX) && STORAGE_ACTIONS.has(ce.type.slice(STORAGE_PREFIX.length));
}

/**
 * A Cloud Scheduler `job.v1.executed` CloudEvent.
 *
 * @example
 * isSchedulerCloudEvent({ ...ce, type: 'google.cloud.scheduler.job.v1.executed' }) // true
 */
export function isSchedulerCloudEvent(ce: GcpCloudEvent): boolean {
  return ce.type === SCHEDULER_EXECUTED;
}

/**
 * The action of a Firestore `document.v1.*` CloudEvent (`created`, `updated`, `deleted`,
 * `written`, also with `.withAuthContext`), or `undefined` for any other event.
 *
 * @example
 * firestoreAction({ ...ce, type: 'google.cloud.firestore.document.v1.written' }) // 'written'
 */
export function firestoreAction(ce: GcpCloudEvent): 'created' | 'updated' | 'deleted' | 'written' | undefined {
  if (!ce.type.startsWith(FIRESTORE_PREFIX)) return undefined;
  let action = ce.type.slice(FIRESTORE_PREFIX.length);
  if (action.endsWith(AUTH_CONTEXT)) action = action.slice(0, -AUTH_CONTEXT.length);
  return FIRESTORE_ACTIONS.has(action) ? (action as 'created' | 'updated' | 'deleted' | 'written') : undefined;
}

/**
 * A raw Pub/Sub push body `{ message: { messageId, … }, subscription }`, as a push subscription
 * POSTs it (https://cloud.google.com/pubsub/docs/push#receive_push).
 *
 * @example
 * isPubSubPushBody({ message: { messageId: '1', data: 'aGk=' }, subscription: 'projects/p/subscriptions/s' }) // true
 */
export function isPubSubPushBody(body: unknown): body is { message: Record<string, unknown>; subscription: string } {
  if (typeof body !== 'object' || body === null || 'specversion' in body) return false;
  const { message, subscription } = body as { message?: unknown; subscription?: unknown };
  if (typeof subscription !== 'string' || typeof message !== 'object' || message === null) return false;
  const m = message as { messageId?: unknown; message_id?: unknown };
  return typeof m.messageId === 'string' || typeof m.message_id === 'string';
}

/**
 * A Cloud Scheduler HTTP-target request: it carries `X-CloudScheduler-JobName`.
 *
 * @example
 * isSchedulerRequest(req.headers) // true for Scheduler's POST
 */
export function isSchedulerRequest(headers: IncomingHttpHeaders): boolean {
  return typeof headers['x-cloudscheduler-jobname'] === 'string';
}

/**
 * A CloudEvent in binary mode: all of `ce-type`, `ce-specversion`, `ce-source` and `ce-id` present,
 * the same test FF applies (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/http-protocol-binding.md#31-binary-content-mode).
 *
 * @example
 * isBinaryCloudEventRequest(req.headers)
 */
export function isBinaryCloudEventRequest(headers: IncomingHttpHeaders): boolean {
  return !!(headers['ce-type'] && headers['ce-specversion'] && headers['ce-source'] && headers['ce-id']);
}

/**
 * A CloudEvent in structured mode: `Content-Type: application/cloudevents+json`.
 *
 * @example
 * isStructuredCloudEventRequest({ 'content-type': 'application/cloudevents+json; charset=utf-8' }) // true
 */
export function isStructuredCloudEventRequest(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  return typeof type === 'string' && type.trimStart().toLowerCase().startsWith('application/cloudevents+json');
}
