import type { Capabilities } from '@faasport/core/capabilities';
import {
  BLOB,
  batchAtFirst,
  fact,
  GRID_DLQ,
  GRID_RETRY,
  perEvent,
  RETRIES,
  SB_DLQ,
  SB_RETRY,
  STORAGE_QUEUE,
  unordered,
} from './capabilities-facts.js';

/** delivery of the azure adapter's capability model. */
export const delivery: Capabilities['delivery'] = [
  perEvent(
    'queue',
    'storage-queue',
    ['queue.batch.partial-failure'],
    fact('retried up to maxDequeueCount (5 by default)', STORAGE_QUEUE),
    fact('moved to the <queue>-poison queue', STORAGE_QUEUE),
  ),
  {
    ...perEvent('queue', 'service-bus', ['queue.batch.partial-failure'], SB_RETRY, SB_DLQ),
    ordering: unordered('queue messages without sessions'),
  },
  {
    kind: 'queue',
    source: 'service-bus-many',
    settle: 'whole-batch',
    failureIsolation: {
      level: 'partial',
      proof: ['queue.batch.partial-failure'],
      note: 'a batch cannot be settled per message: any failure redelivers the whole batch',
    },
    ordering: unordered('queue messages without sessions'),
    retry: SB_RETRY,
    deadLetter: SB_DLQ,
  },
  perEvent(
    'topic',
    'service-bus-topic',
    ['topic.single.failure-redelivers', 'topic.batch.independent'],
    SB_RETRY,
    SB_DLQ,
  ),
  perEvent('topic', 'event-grid', ['topic.single.failure-redelivers', 'topic.batch.independent'], GRID_RETRY, GRID_DLQ),
  perEvent(
    'storage',
    'blob',
    ['storage.failure-redelivers'],
    fact('retried up to 5 times', BLOB),
    fact('a message in the webjobs-blobtrigger-poison queue', BLOB),
  ),
  perEvent('storage', 'event-grid-blob', ['storage.failure-redelivers'], GRID_RETRY, GRID_DLQ),
  {
    ...perEvent(
      'schedule',
      'timer',
      ['schedule.failure-redelivers'],
      fact('a failed tick runs again only under the registration’s retry policy', RETRIES),
      fact('none', RETRIES),
    ),
    failureIsolation: {
      level: 'partial',
      proof: ['schedule.failure-redelivers'],
      note: 'a failed tick runs again only when the registration has a retry policy',
    },
  },
  batchAtFirst('event-hubs', 'per partition'),
  batchAtFirst('cosmos-db', 'per logical partition'),
  perEvent('event', 'event-grid', ['event.failure-redelivers', 'event.batch.independent'], GRID_RETRY, GRID_DLQ),
  perEvent(
    'event',
    'event-grid-cloudevents',
    ['event.failure-redelivers', 'event.batch.independent'],
    GRID_RETRY,
    GRID_DLQ,
  ),
];
