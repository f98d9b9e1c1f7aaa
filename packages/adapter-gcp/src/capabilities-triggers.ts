import type { Capabilities } from '@faasport/core/capabilities';
import { FF_PUBSUB, NO_COUNT } from './capabilities-facts.js';

/** triggers of the gcp adapter's capability model. */
export const triggers: Capabilities['triggers'] = {
  http: {
    support: { level: 'supported', proof: ['http.method.get', 'http.method.post', 'http.status.created-201'] },
    sources: [
      {
        id: 'http',
        name: 'HTTP function (Functions Framework)',
        support: { level: 'supported', proof: ['http.query.repeated-keys', 'http.cookies.set-several'] },
      },
    ],
  },
  queue: {
    support: {
      level: 'supported',
      proof: ['queue.single.json', 'queue.batch.partial-failure', 'queue.fifo.group-stops'],
    },
    sources: [
      {
        id: 'pubsub',
        name: 'Pub/Sub through Eventarc',
        support: {
          level: 'partial',
          proof: ['queue.single.json', 'queue.delivery-count'],
          note: NO_COUNT,
          docs: [FF_PUBSUB],
        },
      },
      {
        id: 'pubsub-push',
        name: 'Pub/Sub push subscription (HTTP signature)',
        support: { level: 'supported', proof: ['queue.single.json', 'queue.delivery-count', 'queue.group-id'] },
      },
    ],
  },
  topic: {
    support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes'] },
    sources: [
      {
        id: 'pubsub',
        name: 'Pub/Sub through Eventarc',
        support: {
          level: 'partial',
          proof: ['topic.single.json', 'topic.delivery-count'],
          note: NO_COUNT,
          docs: [FF_PUBSUB],
        },
      },
    ],
  },
  storage: {
    support: { level: 'supported', proof: ['storage.created', 'storage.deleted'] },
    sources: [
      {
        id: 'gcs',
        name: 'Cloud Storage (Eventarc)',
        support: {
          level: 'supported',
          proof: ['storage.created.content-type', 'storage.created.key-decoded', 'storage.deleted'],
        },
      },
    ],
  },
  schedule: {
    support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
    sources: [
      {
        id: 'scheduler-pubsub',
        name: 'Cloud Scheduler, Pub/Sub target',
        support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
      },
      {
        id: 'scheduler-http',
        name: 'Cloud Scheduler, HTTP target',
        support: {
          level: 'supported',
          proof: ['schedule.tick', 'schedule.cron'],
          note: "register with { signatureType: 'http' } and deploy with --trigger-http",
        },
      },
    ],
  },
  stream: {
    support: {
      level: 'partial',
      proof: ['stream.change-feed.images', 'stream.data.bytes'],
      note: 'document change feeds only (Firestore); GCP has no byte stream like Kinesis or Event Hubs',
    },
    sources: [
      {
        id: 'firestore',
        name: 'Firestore (JSON event data)',
        support: {
          level: 'partial',
          proof: ['stream.change-feed.images', 'stream.partition-key'],
          note: 'no partition key or key attributes: both are the document path; the trigger must use --event-data-content-type=application/json',
        },
      },
    ],
  },
  event: {
    support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.schema.valid'] },
    sources: [
      {
        id: 'eventarc',
        name: 'Eventarc (any CloudEvent)',
        support: {
          level: 'partial',
          proof: ['event.cloudevent-fields', 'event.data.text'],
          note: "the Functions Framework answers 500 to a binary CloudEvent with a text/plain body: use { signatureType: 'http' }",
        },
      },
    ],
  },
};
