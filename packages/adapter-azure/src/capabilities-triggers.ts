import type { Capabilities } from '@faasport/core/capabilities';
import { GRID_NO_ATTRIBUTES } from './capabilities-facts.js';

/** triggers of the azure adapter's capability model. */
export const triggers: Capabilities['triggers'] = {
  http: {
    support: { level: 'supported', proof: ['http.method.get', 'http.method.post', 'http.status.created-201'] },
    sources: [
      {
        id: 'http',
        name: 'HTTP trigger (app.http)',
        support: { level: 'supported', proof: ['http.query.repeated-keys', 'http.cookies.set-several'] },
      },
    ],
  },
  queue: {
    support: { level: 'supported', proof: ['queue.single.json', 'queue.batch.partial-failure'] },
    sources: [
      {
        id: 'storage-queue',
        name: 'Storage Queue',
        support: {
          level: 'partial',
          proof: ['queue.single.json', 'queue.attributes', 'queue.group-id'],
          note: 'no application properties (attributes is empty) and no message groups',
        },
      },
      {
        id: 'service-bus',
        name: 'Service Bus queue (cardinality one)',
        support: { level: 'supported', proof: ['queue.attributes', 'queue.delivery-count', 'queue.group-id'] },
      },
      {
        id: 'service-bus-many',
        name: 'Service Bus queue (cardinality many)',
        support: {
          level: 'partial',
          proof: ['queue.batch.partial-failure', 'queue.attributes'],
          note: 'a failure redelivers the whole batch: messages that succeeded run again',
        },
      },
    ],
  },
  topic: {
    support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes'] },
    sources: [
      {
        id: 'service-bus-topic',
        name: 'Service Bus topic subscription',
        support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes', 'topic.delivery-count'] },
      },
      {
        id: 'event-grid',
        name: 'Event Grid trigger',
        support: { level: 'partial', proof: ['topic.attributes', 'topic.delivery-count'], note: GRID_NO_ATTRIBUTES },
      },
    ],
  },
  storage: {
    support: { level: 'supported', proof: ['storage.created', 'storage.deleted'] },
    sources: [
      {
        id: 'blob',
        name: 'Blob trigger',
        support: {
          level: 'partial',
          proof: ['storage.created', 'storage.deleted'],
          note: 'fires for created and updated blobs, never for deletes',
        },
      },
      {
        id: 'event-grid-blob',
        name: 'Blob events through Event Grid',
        support: {
          level: 'supported',
          proof: ['storage.created', 'storage.deleted', 'storage.created.content-type'],
        },
      },
    ],
  },
  schedule: {
    support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
    sources: [
      {
        id: 'timer',
        name: 'Timer trigger (NCRONTAB)',
        support: {
          level: 'supported',
          proof: ['schedule.tick', 'schedule.cron'],
          note: 'a schedule with no NCRONTAB equivalent (rate(90 minutes), cron with both day fields) is a DefinitionError at registration',
        },
      },
    ],
  },
  stream: {
    support: {
      level: 'supported',
      proof: ['stream.data.bytes', 'stream.order.stop-at-first', 'stream.order.all-succeed'],
    },
    sources: [
      {
        id: 'event-hubs',
        name: 'Event Hubs',
        support: {
          level: 'supported',
          proof: ['stream.data.bytes', 'stream.partition-key', 'stream.order.stop-at-first'],
        },
      },
      {
        id: 'cosmos-db',
        name: 'Cosmos DB change feed',
        support: {
          level: 'partial',
          proof: ['stream.change-feed.images', 'stream.change-feed.remove'],
          note: 'latest-version mode: no deletes, inserts look like updates, no old image, no partition key',
        },
      },
    ],
  },
  event: {
    support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.schema.valid'] },
    sources: [
      {
        id: 'event-grid',
        name: 'Event Grid (Event Grid schema)',
        support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.data.text'] },
      },
      {
        id: 'event-grid-cloudevents',
        name: 'Event Grid (CloudEvents schema)',
        support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.data.text'] },
      },
    ],
  },
};
