import type { StorageInput } from '@faasport/core/adapter';
import { type EventScenario, FAIL, recordStorage, T0 } from './shared.js';

const changes = (...list: StorageInput[]) => ({ kind: 'storage' as const, events: list });

const S3_NO_CONTENT_TYPE =
  'S3 notifications (and the EventBridge form) describe the object by key, size, eTag, version and sequencer only: no content type. https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html';
const BLOB_NO_DELETE =
  'the Azure blob trigger fires for new and updated blobs only; deletions need Event Grid. https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-blob-trigger';

const KEY_WITH_SPECIALS = 'photos/2026 trip/my cat+dog (1) ü%20.jpg';

export const storages: EventScenario[] = [
  {
    id: 'storage.created',
    description: 'an object created: kind, bucket, key, size (a number), etag, content type and time',
    kind: 'storage',
    input: changes({
      id: 's-created-1',
      kind: 'created',
      bucket: 'uploads',
      key: 'reports/q1.pdf',
      size: 48_213,
      etag: 'd41d8cd98f00b204e9800998ecf8427e',
      contentType: 'application/pdf',
      time: T0,
    }),
    define: (observe) => recordStorage(observe),
    expect: {
      seen: {
        's-created-1': {
          kind: 'created',
          bucket: 'uploads',
          key: 'reports/q1.pdf',
          size: 48_213,
          etag: 'd41d8cd98f00b204e9800998ecf8427e',
          time: T0.toISOString(),
          cloudEvent: { subject: 'reports/q1.pdf' },
        },
      },
    },
  },
  {
    id: 'storage.created.content-type',
    description: 'an object created: its content type reaches the handler',
    kind: 'storage',
    input: changes({
      id: 's-ctype-1',
      kind: 'created',
      bucket: 'uploads',
      key: 'a.png',
      size: 3,
      contentType: 'image/png',
      time: T0,
    }),
    define: (observe) => recordStorage(observe),
    expect: { seen: { 's-ctype-1': { key: 'a.png', contentType: 'image/png' } } },
    limitations: {
      'aws:s3': { reason: S3_NO_CONTENT_TYPE, seen: { 's-ctype-1': { contentType: null } } },
      'aws:s3-eventbridge': { reason: S3_NO_CONTENT_TYPE, seen: { 's-ctype-1': { contentType: null } } },
    },
  },
  {
    id: 'storage.created.key-decoded',
    description:
      'a key with spaces, a plus, parentheses, a non-ASCII letter and a literal %20: the handler sees it decoded exactly once',
    kind: 'storage',
    input: changes({ id: 's-key-1', kind: 'created', bucket: 'uploads', key: KEY_WITH_SPECIALS, size: 1, time: T0 }),
    define: (observe) => recordStorage(observe),
    expect: { seen: { 's-key-1': { bucket: 'uploads', key: KEY_WITH_SPECIALS } } },
  },
  {
    id: 'storage.deleted',
    description: 'an object deleted: kind deleted, bucket and key',
    kind: 'storage',
    input: changes({ id: 's-deleted-1', kind: 'deleted', bucket: 'uploads', key: 'old/log.txt', time: T0 }),
    define: (observe) => recordStorage(observe),
    expect: {
      seen: { 's-deleted-1': { kind: 'deleted', bucket: 'uploads', key: 'old/log.txt', time: T0.toISOString() } },
    },
    limitations: {
      'azure:blob': {
        reason: BLOB_NO_DELETE,
        rejects: { name: 'UnsupportedEventError', message: /never fires for deleted/ },
      },
    },
  },
  {
    id: 'storage.updated',
    description: "an existing object's metadata or tags changed: kind updated",
    kind: 'storage',
    input: changes({
      id: 's-updated-1',
      kind: 'updated',
      bucket: 'uploads',
      key: 'docs/readme.md',
      size: 120,
      time: T0,
    }),
    define: (observe) => recordStorage(observe),
    expect: { seen: { 's-updated-1': { kind: 'updated', bucket: 'uploads', key: 'docs/readme.md' } } },
    limitations: {
      'azure:event-grid-blob': {
        reason:
          'Event Grid has no blob-updated event: an overwritten blob is reported as Microsoft.Storage.BlobCreated, so kind is created. https://learn.microsoft.com/azure/event-grid/event-schema-blob-storage',
        seen: { 's-updated-1': { kind: 'created' } },
      },
    },
  },
  {
    id: 'storage.failure-redelivers',
    description: 'two objects, the handler fails for one: only that change comes back',
    kind: 'storage',
    input: changes(
      { id: 's-fail-1', kind: 'created', bucket: 'uploads', key: `in/${FAIL}.csv`, size: 10, time: T0 },
      { id: 's-fail-2', kind: 'created', bucket: 'uploads', key: 'in/ok.csv', size: 10, time: T0 },
    ),
    define: (observe) => recordStorage(observe),
    expect: {
      seen: { 's-fail-1': { key: `in/${FAIL}.csv` }, 's-fail-2': { key: 'in/ok.csv' } },
      failing: ['s-fail-1'],
    },
  },
];
