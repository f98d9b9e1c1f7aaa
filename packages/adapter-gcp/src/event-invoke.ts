import {
  type Context,
  type Definition,
  type HttpDefinition,
  type Message,
  UnsupportedEventError,
} from '@faasport/core';
import { describe } from './cloud-event-data.js';
import { fromCloudStorageEvent } from './cloud-storage.js';
import { firestoreAction, isCloudStorageCloudEvent, isPubSubCloudEvent, isSchedulerCloudEvent } from './detect.js';
import { fromEventarcCloudEvent } from './eventarc.js';
import { fromFirestoreCloudEvent } from './firestore.js';
import { fromPubSubCloudEvent, fromPubSubPushBody } from './pubsub.js';
import { fromPubSubSchedule, fromSchedulerCloudEvent, fromSchedulerRequest } from './scheduler.js';
import type { CloudFunctionRequest, GcpCloudEvent } from './types.js';

/** Any definition but `http`. */
export type EventKindDefinition = Exclude<Definition, HttpDefinition>;

/**
 * What reached the function: a CloudEvent (from FF, or read from the request by the HTTP
 * signature), a raw Pub/Sub push body, or a Cloud Scheduler HTTP-target request.
 *
 * @example
 * const arrival: Arrival = { form: 'cloudevent', ce: cloudEvent }
 */
export type Arrival =
  | { readonly form: 'cloudevent'; readonly ce: GcpCloudEvent }
  | { readonly form: 'push'; readonly body: object }
  | { readonly form: 'scheduler'; readonly req: CloudFunctionRequest };

/**
 * Normalizes what arrived for the definition's kind and runs its handler once. Rejects when the
 * handler fails or the input cannot be normalized (typed: `UnsupportedEventError` when the event
 * does not fit the kind, `MalformedInputError`, `ValidationError`), so the invocation fails and
 * the platform retries: nothing is acknowledged unless the handler succeeded.
 *
 * @example
 * await invokeEvent(orders, { form: 'cloudevent', ce }, ctx)
 */
export async function invokeEvent(def: EventKindDefinition, arrival: Arrival, ctx: Context): Promise<void> {
  switch (def.kind) {
    case 'queue':
    case 'topic':
      return def.handler(await messageOf(def, arrival), ctx);
    case 'storage':
      return def.handler(fromCloudStorageEvent(expect(def, arrival, isCloudStorageCloudEvent, STORAGE)), ctx);
    case 'schedule':
      return def.handler(scheduleOf(def, arrival), ctx);
    case 'stream':
      return def.handler(fromFirestoreCloudEvent(expect(def, arrival, isFirestore, FIRESTORE)), ctx);
    case 'event':
      return def.handler(await fromEventarcCloudEvent(expect(def, arrival, isAny, ANY), def.options.schema), ctx);
  }
}

const PUBSUB = 'Pub/Sub messagePublished CloudEvents or push bodies';
const STORAGE = 'Cloud Storage object CloudEvents (finalized, deleted, archived, metadataUpdated)';
const SCHEDULE = 'Cloud Scheduler HTTP requests, scheduler job.v1.executed and Pub/Sub messagePublished CloudEvents';
const FIRESTORE = 'Firestore document.v1 CloudEvents';
const ANY = 'CloudEvents';

const isFirestore = (ce: GcpCloudEvent): boolean => firestoreAction(ce) !== undefined;
const isAny = (): boolean => true;
const isSchedule = (ce: GcpCloudEvent): boolean => isSchedulerCloudEvent(ce) || isPubSubCloudEvent(ce);

function messageOf(def: Extract<EventKindDefinition, { kind: 'queue' | 'topic' }>, arrival: Arrival): Promise<Message> {
  if (arrival.form === 'push') return fromPubSubPushBody(arrival.body, def.options.schema);
  return fromPubSubCloudEvent(expect(def, arrival, isPubSubCloudEvent, PUBSUB), def.options.schema);
}

function scheduleOf(def: EventKindDefinition, arrival: Arrival) {
  if (arrival.form === 'scheduler') return fromSchedulerRequest(arrival.req);
  const ce = expect(def, arrival, isSchedule, SCHEDULE);
  return isSchedulerCloudEvent(ce) ? fromSchedulerCloudEvent(ce) : fromPubSubSchedule(ce);
}

function expect(
  def: EventKindDefinition,
  arrival: Arrival,
  fits: (ce: GcpCloudEvent) => boolean,
  takes: string,
): GcpCloudEvent {
  if (arrival.form === 'cloudevent' && fits(arrival.ce)) return arrival.ce;
  const found = arrival.form === 'cloudevent' ? describe(arrival.ce) : FOUND[arrival.form];
  throw new UnsupportedEventError('gcp', `a '${def.kind}' definition cannot take ${found}; it takes ${takes}`);
}

const FOUND = { push: 'a Pub/Sub push body', scheduler: 'a Cloud Scheduler HTTP request' } as const;
