import { describe, expect, it } from 'vitest';
import { fromCloudStorageEvent } from '../../src/cloud-storage.js';
import { toStorageCloudEvent } from '../../src/testing/storage-event.js';
import type { GcpCloudEvent } from '../../src/types.js';

describe('toStorageCloudEvent', () => {
  it('builds a finalized event with size as a string, as GCS sends it', () => {
    const ce = toStorageCloudEvent({
      id: 'o-1',
      kind: 'created',
      bucket: 'uploads',
      key: 'photos/cat 1.png',
      size: 2048,
      etag: 'e1',
      contentType: 'image/png',
      time: new Date('2024-05-01T10:00:00Z'),
    });
    expect(ce).toMatchObject({
      type: 'google.cloud.storage.object.v1.finalized',
      source: '//storage.googleapis.com/projects/_/buckets/uploads',
      subject: 'objects/photos/cat 1.png',
      time: '2024-05-01T10:00:00.000Z',
      data: { bucket: 'uploads', name: 'photos/cat 1.png', size: '2048', etag: 'e1', contentType: 'image/png' },
    });
  });

  it.each(['created', 'deleted', 'updated'] as const)('round-trips a %s event through the normalizer', (kind) => {
    const ev = fromCloudStorageEvent(
      toStorageCloudEvent({ id: '1', kind, bucket: 'b', key: 'k/ü+%2B', size: 1 }) as GcpCloudEvent,
    );
    expect(ev).toMatchObject({ kind, bucket: 'b', key: 'k/ü+%2B', size: 1 });
  });
});
