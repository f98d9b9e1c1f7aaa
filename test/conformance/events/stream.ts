import type { StreamInput } from '@faasport/core/adapter';
import { b64, type EventScenario, FAIL, recordStream, type Seen, T0 } from './shared.js';

const records = (...list: StreamInput[]) => ({ kind: 'stream' as const, records: list });
// A record every source can carry: bytes for data streams, an inserted row for change feeds.
const line = (id: string, text: string, partitionKey = 'device-7'): StreamInput => ({
  id,
  partitionKey,
  data: text,
  change: 'insert',
  keys: { id },
  newImage: { id, line: text },
  time: T0,
});
const lines = (...pairs: [string, string][]): Record<string, Seen> =>
  Object.fromEntries(pairs.map(([id, text]) => [id, { line: text }]));

const BINARY = new Uint8Array(Array.from({ length: 256 }, (_, i) => (i * 7) % 256));
const NEW_IMAGE = {
  pk: 'order-42',
  status: 'shipped',
  qty: 3,
  price: 19.99,
  tags: ['gift', 'eu'],
  meta: { ok: true },
  note: null,
};
const OLD_IMAGE = {
  pk: 'order-42',
  status: 'placed',
  qty: 3,
  price: 19.99,
  tags: ['gift'],
  meta: { ok: false },
  note: null,
};

const CHANGE_FEED_NO_BYTES = (what: string, url: string) =>
  `${what} is a database change feed: a record carries keys and images, not payload bytes. ${url}`;
const DDB = CHANGE_FEED_NO_BYTES(
  'DynamoDB Streams',
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
);
const FIRESTORE = CHANGE_FEED_NO_BYTES(
  'Firestore',
  'https://cloud.google.com/firestore/docs/extend-with-functions-2nd-gen',
);
const COSMOS = CHANGE_FEED_NO_BYTES(
  'The Cosmos DB change feed',
  'https://learn.microsoft.com/azure/cosmos-db/change-feed',
);
const BYTES_NO_IMAGES = (what: string, url: string) =>
  `${what} carries payload bytes only: no change kind, keys or images. ${url}`;
const KINESIS = BYTES_NO_IMAGES('Kinesis', 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html');
const EVENT_HUBS = BYTES_NO_IMAGES(
  'Event Hubs',
  'https://learn.microsoft.com/azure/azure-functions/functions-bindings-event-hubs-trigger',
);
const FIRESTORE_KEYS =
  'a Firestore document is identified by its path, not by key fields: keys is { path }. https://cloud.google.com/firestore/docs/extend-with-functions-2nd-gen#event_types';
const COSMOS_IMAGES =
  'the Cosmos DB change feed (latest version) delivers the document as it is now, with its `id`: no previous image, and keys is { id }. https://learn.microsoft.com/azure/cosmos-db/nosql/change-feed-modes';
const COSMOS_NO_DELETES =
  'the Cosmos DB change feed in latest-version mode delivers inserts and updates only, never deletes. https://learn.microsoft.com/azure/cosmos-db/nosql/change-feed-modes';

export const streams: EventScenario[] = [
  {
    id: 'stream.data.bytes',
    description: 'a record whose payload is every byte value: data reaches the handler byte-exact',
    kind: 'stream',
    input: records({ id: 'r-bytes-1', partitionKey: 'sensor-1', data: BINARY, time: T0 }),
    define: (observe) => recordStream(observe),
    expect: { seen: { 'r-bytes-1': { data: b64(BINARY) } } },
    limitations: {
      'aws:dynamodb': { reason: DDB, seen: { 'r-bytes-1': { data: null } } },
      'gcp:firestore': { reason: FIRESTORE, seen: { 'r-bytes-1': { data: null } } },
      'azure:cosmos-db': { reason: COSMOS, seen: { 'r-bytes-1': { data: null } } },
    },
  },
  {
    id: 'stream.order.all-succeed',
    description:
      'four records of one partition: handled once each, in order, with increasing sequence numbers; all acknowledged',
    kind: 'stream',
    input: records(
      line('r-all-1', 'boot'),
      line('r-all-2', 'temp 21'),
      line('r-all-3', 'temp 22'),
      line('r-all-4', 'halt'),
    ),
    define: (observe) => recordStream(observe),
    expect: {
      seen: lines(['r-all-1', 'boot'], ['r-all-2', 'temp 21'], ['r-all-3', 'temp 22'], ['r-all-4', 'halt']),
      increasing: 'sequence',
    },
  },
  {
    id: 'stream.partition-key',
    description: "a record's partition key (the row key of a change feed) reaches the handler",
    kind: 'stream',
    input: records(line('device-9', 'hello', 'device-9')),
    define: (observe) => recordStream(observe),
    expect: { seen: { 'device-9': { partitionKey: 'device-9', line: 'hello', time: T0.toISOString() } } },
    limitations: {
      'gcp:firestore': {
        reason:
          'Firestore has no partition key: a document is identified by its path, so partitionKey is the document path (collection/id). https://cloud.google.com/firestore/docs/extend-with-functions-2nd-gen#event_types',
        seen: { 'device-9': { partitionKey: 'faasport/device-9' } },
      },
      'azure:cosmos-db': {
        reason:
          "a Cosmos DB change-feed document does not say which of its properties is the container's partition key (that is container configuration), so partitionKey is empty. https://learn.microsoft.com/azure/cosmos-db/partitioning-overview",
        seen: { 'device-9': { partitionKey: '' } },
      },
    },
  },
  {
    id: 'stream.order.stop-at-first',
    description:
      'the third of five records fails: ordered sources stop there and resume at it (or redeliver the batch); nothing after it is acknowledged',
    kind: 'stream',
    input: records(
      line('r-stop-1', 'l1'),
      line('r-stop-2', 'l2'),
      line('r-stop-3', `l3 ${FAIL}`),
      line('r-stop-4', 'l4'),
      line('r-stop-5', 'l5'),
    ),
    define: (observe) => recordStream(observe),
    expect: {
      seen: lines(
        ['r-stop-1', 'l1'],
        ['r-stop-2', 'l2'],
        ['r-stop-3', `l3 ${FAIL}`],
        ['r-stop-4', 'l4'],
        ['r-stop-5', 'l5'],
      ),
      failing: ['r-stop-3'],
    },
  },
  {
    id: 'stream.change-feed.images',
    description:
      'a modified row: change modify, keys, and new and old images as plain JSON (numbers, arrays, nested maps, null)',
    kind: 'stream',
    input: records({
      id: 'r-modify-1',
      partitionKey: 'order-42',
      change: 'modify',
      keys: { pk: 'order-42' },
      newImage: NEW_IMAGE,
      oldImage: OLD_IMAGE,
      time: T0,
    }),
    define: (observe) => recordStream(observe),
    expect: {
      seen: { 'r-modify-1': { change: 'modify', keys: { pk: 'order-42' }, newImage: NEW_IMAGE, oldImage: OLD_IMAGE } },
    },
    limitations: {
      'aws:kinesis': {
        reason: KINESIS,
        seen: { 'r-modify-1': { change: null, keys: null, newImage: null, oldImage: null } },
      },
      'gcp:firestore': { reason: FIRESTORE_KEYS, seen: { 'r-modify-1': { keys: { path: 'faasport/order-42' } } } },
      'azure:cosmos-db': {
        reason: COSMOS_IMAGES,
        seen: {
          'r-modify-1': { keys: { id: 'r-modify-1' }, newImage: { ...NEW_IMAGE, id: 'r-modify-1' }, oldImage: null },
        },
      },
      'azure:event-hubs': {
        reason: EVENT_HUBS,
        seen: { 'r-modify-1': { change: null, keys: null, newImage: null, oldImage: null } },
      },
    },
  },
  {
    id: 'stream.change-feed.remove',
    description: 'a deleted row: change remove, its keys and old image',
    kind: 'stream',
    input: records({
      id: 'r-remove-1',
      partitionKey: 'order-7',
      change: 'remove',
      keys: { pk: 'order-7' },
      oldImage: { pk: 'order-7', qty: 1 },
      time: T0,
    }),
    define: (observe) => recordStream(observe),
    expect: {
      seen: {
        'r-remove-1': {
          change: 'remove',
          keys: { pk: 'order-7' },
          oldImage: { pk: 'order-7', qty: 1 },
          newImage: null,
        },
      },
    },
    limitations: {
      'aws:kinesis': { reason: KINESIS, seen: { 'r-remove-1': { change: null, keys: null, oldImage: null } } },
      'gcp:firestore': { reason: FIRESTORE_KEYS, seen: { 'r-remove-1': { keys: { path: 'faasport/order-7' } } } },
      'azure:event-hubs': { reason: EVENT_HUBS, seen: { 'r-remove-1': { change: null, keys: null, oldImage: null } } },
      'azure:cosmos-db': {
        reason: COSMOS_NO_DELETES,
        rejects: { name: 'UnsupportedEventError', message: /does not deliver deletes/ },
      },
    },
  },
];
