import type { Context } from '@faasport/core';
import type { SettleRule } from '@faasport/core/capabilities';
import { fromCloudStorageEvent } from './cloud-storage.js';
import { firestoreAction, isCloudStorageCloudEvent, isPubSubCloudEvent, isSchedulerCloudEvent } from './detect.js';
import type { Arrival, EventKindDefinition } from './event-invoke.js';
import { fromEventarcCloudEvent } from './eventarc.js';
import { fromFirestoreCloudEvent } from './firestore.js';
import { fromPubSubCloudEvent, fromPubSubPushBody } from './pubsub.js';
import { fromPubSubSchedule, fromSchedulerCloudEvent, fromSchedulerRequest } from './scheduler.js';
import type { SignatureType } from './types.js';

type Kind = EventKindDefinition['kind'];

/**
 * One native source the GCP adapter takes: the one list runtime dispatch, errors, `./testing` and the CLI read.
 *
 * @example
 * const push: GcpSource | undefined = sources.find((s) => s.id === 'pubsub-push') // signature 'http'
 */
export interface GcpSource {
  /** The id in the capability tables' `triggers.*.sources` and the `./testing` transport's source names. */
  readonly id: string;
  /** Definition kinds that take it. */
  readonly kinds: readonly Kind[];
  /** Display name, as in the capability tables (error messages, CLI). */
  readonly name: string;
  /** The Functions Framework signature it reaches. */
  readonly signature: SignatureType;
  /** Whether what arrived comes from this source. */
  readonly detect: (arrival: Arrival) => boolean;
  /** Normalizes what arrived for the definition and runs its handler once. */
  readonly invoke: (def: EventKindDefinition, arrival: Arrival, ctx: Context) => unknown;
  /** How the platform settles a delivery (core's SettleRule). */
  readonly settle: SettleRule;
}

const ceOf = (arrival: Arrival) => (arrival as Extract<Arrival, { form: 'cloudevent' }>).ce;
const schemaOf = (def: EventKindDefinition) => (def.options as { schema?: never }).schema;
const isCe = (arrival: Arrival): arrival is Extract<Arrival, { form: 'cloudevent' }> => arrival.form === 'cloudevent';

// The handler's argument type depends on the kind; each entry only ever runs definitions of its kinds.
const run = (def: EventKindDefinition, input: unknown, ctx: Context): unknown =>
  (def.handler as (input: unknown, ctx: Context) => unknown)(input, ctx);

/**
 * Every native source of the GCP adapter, in dispatch order (the first that fits a definition's kind runs it).
 *
 * @example
 * sources.filter((s) => s.kinds.includes('queue')).map((s) => s.id) // ['pubsub', 'pubsub-push']
 */
export const sources: readonly GcpSource[] = [
  {
    id: 'pubsub',
    kinds: ['queue', 'topic'],
    name: 'Pub/Sub through Eventarc',
    signature: 'cloudevent',
    detect: (a) => isCe(a) && isPubSubCloudEvent(a.ce),
    invoke: (def, a, ctx) => fromPubSubCloudEvent(ceOf(a), schemaOf(def)).then((m) => run(def, m, ctx)),
    settle: 'ordered-key',
  },
  {
    id: 'pubsub-push',
    kinds: ['queue'],
    name: 'Pub/Sub push subscription (HTTP signature)',
    signature: 'http',
    detect: (a) => a.form === 'push',
    invoke: (def, a, ctx) =>
      fromPubSubPushBody((a as Extract<Arrival, { form: 'push' }>).body, schemaOf(def)).then((m) => run(def, m, ctx)),
    settle: 'ordered-key',
  },
  {
    id: 'gcs',
    kinds: ['storage'],
    name: 'Cloud Storage (Eventarc)',
    signature: 'cloudevent',
    detect: (a) => isCe(a) && isCloudStorageCloudEvent(a.ce),
    invoke: (def, a, ctx) => run(def, fromCloudStorageEvent(ceOf(a)), ctx),
    settle: 'per-message',
  },
  {
    id: 'scheduler-pubsub',
    kinds: ['schedule'],
    name: 'Cloud Scheduler, Pub/Sub target',
    signature: 'cloudevent',
    // Also Scheduler's own job.v1.executed CloudEvent, which Eventarc delivers the same way.
    detect: (a) => isCe(a) && (isSchedulerCloudEvent(a.ce) || isPubSubCloudEvent(a.ce)),
    invoke: (def, a, ctx) => {
      const ce = ceOf(a);
      return run(def, isSchedulerCloudEvent(ce) ? fromSchedulerCloudEvent(ce) : fromPubSubSchedule(ce), ctx);
    },
    settle: 'per-message',
  },
  {
    id: 'scheduler-http',
    kinds: ['schedule'],
    name: 'Cloud Scheduler, HTTP target',
    signature: 'http',
    detect: (a) => a.form === 'scheduler',
    invoke: (def, a, ctx) => run(def, fromSchedulerRequest((a as Extract<Arrival, { form: 'scheduler' }>).req), ctx),
    settle: 'per-message',
  },
  {
    id: 'firestore',
    kinds: ['stream'],
    name: 'Firestore (JSON event data)',
    signature: 'cloudevent',
    detect: (a) => isCe(a) && firestoreAction(a.ce) !== undefined,
    invoke: (def, a, ctx) => run(def, fromFirestoreCloudEvent(ceOf(a)), ctx),
    settle: 'per-message',
  },
  {
    id: 'eventarc',
    kinds: ['event'],
    name: 'Eventarc (any CloudEvent)',
    signature: 'cloudevent',
    detect: isCe,
    invoke: (def, a, ctx) => fromEventarcCloudEvent(ceOf(a), schemaOf(def)).then((e) => run(def, e, ctx)),
    settle: 'per-message',
  },
];
