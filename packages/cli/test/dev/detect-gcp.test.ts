import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { detectGcp, GCP_TYPES, kindsOfGcpType, typeOfLegacy } from '../../src/dev/detect-gcp.js';

const file = (contains: string) =>
  readJson(listCorpus('gcp', '').find((f) => corpusName(f).includes(contains)) as string);

describe('detectGcp', () => {
  it('tells every form apart and the CloudEvent type it is', () => {
    expect(detectGcp(file('messagePublished-binary.json'))).toMatchObject({
      shape: 'cloudevent-binary',
      type: GCP_TYPES.pubsub,
    });
    expect(detectGcp(file('pubsub-messagePublished-structured'))).toMatchObject({ shape: 'cloudevent-structured' });
    expect(detectGcp(file('pushSubscription-raw'))).toMatchObject({
      shape: 'pubsub-push',
      kinds: ['queue', 'topic', 'schedule', 'event'],
    });
    expect(detectGcp(file('ffdotnet-pubsub-legacy-flat'))).toMatchObject({ shape: 'legacy', type: GCP_TYPES.pubsub });
    expect(detectGcp(file('storage-legacy-finalize'))).toMatchObject({ shape: 'legacy', kinds: ['storage', 'event'] });
    expect(detectGcp(file('storage-object-binarybody'))).toMatchObject({
      shape: 'cloudevent-data',
      type: GCP_TYPES.storage,
    });
    expect(detectGcp(file('scheduler-executed-binarybody'))).toMatchObject({ type: GCP_TYPES.scheduler });
    expect(detectGcp(file('documentEventData-binarybody'))).toMatchObject({
      type: GCP_TYPES.firestore,
      kinds: ['stream', 'event'],
    });
    expect(detectGcp(file('monitoringCreateTimeSeries-data'))).toMatchObject({
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
