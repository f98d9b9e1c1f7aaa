import type { Capabilities } from '@faasport/core/capabilities';
import { perEvent, pubsub, SCHEDULER_RETRY_FACT } from './capabilities-facts.js';

/** delivery of the gcp adapter's capability model. */
export const delivery: Capabilities['delivery'] = [
  pubsub('queue', 'pubsub', false),
  pubsub('queue', 'pubsub-push', true),
  pubsub('topic', 'pubsub', false),
  perEvent('storage', 'gcs', ['storage.failure-redelivers'], 'Cloud Storage events'),
  {
    ...perEvent('schedule', 'scheduler-pubsub', ['schedule.failure-redelivers'], 'schedule ticks'),
    retry: SCHEDULER_RETRY_FACT,
  },
  {
    ...perEvent('schedule', 'scheduler-http', ['schedule.failure-redelivers'], 'schedule ticks'),
    retry: SCHEDULER_RETRY_FACT,
  },
  perEvent('stream', 'firestore', ['stream.order.stop-at-first'], 'Firestore document events'),
  perEvent('event', 'eventarc', ['event.failure-redelivers', 'event.batch.independent'], 'Eventarc events'),
];
