import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectGcp, GCP_TYPES, kindsOfGcpType, typeOfLegacy } from '../../src/dev/detect-gcp.js';

/** One of the project's own GCP fixtures: `file('queue-pubsub/push-all-values.json')`. */
const file = (path: string) => ownFixture(`gcp/${path}`);

describe('detectGcp', () => {
  it('tells every form apart and the CloudEvent type it is', () => {
    expect(detectGcp(file('queue-pubsub/messagePublished-binary.json'))).toMatchObject({
      shape: 'cloudevent-binary',
      type: GCP_TYPES.pubsub,
    });
    expect(detectGcp(file('queue-pubsub/messagePublished-structured.json'))).toMatchObject({
      shape: 'cloudevent-structured',
    });
    expect(detectGcp(file('queue-pubsub/push-all-values.json'))).toMatchObject({
      shape: 'pubsub-push',
      kinds: ['queue', 'topic', 'schedule', 'event'],
    });
    expect(detectGcp(file('queue-pubsub/topic-publish-legacy-flat.json'))).toMatchObject({
      shape: 'legacy',
      type: GCP_TYPES.pubsub,
    });
    expect(detectGcp(file('storage-gcs/finalize-legacy-context.json'))).toMatchObject({
      shape: 'legacy',
      kinds: ['storage', 'event'],
    });
    expect(detectGcp(file('storage-gcs/object-data.json'))).toMatchObject({
      shape: 'cloudevent-data',
      type: GCP_TYPES.storage,
    });
    expect(detectGcp(file('schedule-scheduler/job-executed-data.json'))).toMatchObject({ type: GCP_TYPES.scheduler });
    expect(detectGcp(file('event-firestore/document-event-data.json'))).toMatchObject({
      type: GCP_TYPES.firestore,
      kinds: ['stream', 'event'],
    });
    expect(detectGcp(file('event-auditlog/create-topic-data.json'))).toMatchObject({
      type: GCP_TYPES.auditLog,
      kinds: ['event'],
    });
  });

  it('maps types and gen 1 event types to the kinds that take them', () => {
    expect(kindsOfGcpType('com.example.anything')).toEqual(['event']);
    expect(typeOfLegacy('google.storage.object.delete')).toBe(GCP_TYPES.storageDeleted);
    expect(typeOfLegacy('providers/cloud.firestore/eventTypes/document.write')).toBe(GCP_TYPES.firestore);
  });

  it('leaves Azure-marked CloudEvents and unknown JSON alone', () => {
    expect(
      detectGcp({ specversion: '1.0', id: '1', source: '/s', type: 'Microsoft.Storage.BlobCreated' }),
    ).toBeUndefined();
    expect(detectGcp({ headers: { 'content-type': 'x' }, body: {} })).toBeUndefined();
    expect(detectGcp({ a: 1 })).toBeUndefined();
  });
});
