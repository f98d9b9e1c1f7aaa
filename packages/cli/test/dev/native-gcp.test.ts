import { queue, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { GcpServers, toGcpRequest } from '../../src/dev/native-gcp.js';

/** One of the project's own GCP fixtures, detected: `native('storage-gcs/finalized-binary.json')`. */
const native = (path: string) => detectNative(ownFixture(`gcp/${path}`));

describe('toGcpRequest', () => {
  it('rebuilds what Cloud Run receives for each form', async () => {
    const binary = toGcpRequest(native('queue-pubsub/messagePublished-binary.json'));
    expect([binary.signature, binary.request.headers.get('ce-type')]).toEqual([
      'cloudevent',
      'google.cloud.pubsub.topic.v1.messagePublished',
    ]);
    expect(
      toGcpRequest(native('queue-pubsub/messagePublished-structured.json')).request.headers.get('content-type'),
    ).toMatch(/cloudevents\+json/);
    expect(toGcpRequest(native('queue-pubsub/push-all-values.json')).signature).toBe('http');
    const data = toGcpRequest(native('storage-gcs/object-data.json')).request;
    expect(data.headers.get('ce-source')).toBe('//storage.googleapis.com/projects/_/buckets/my-project-uploads');
    expect(data.headers.get('ce-subject')).toMatch(/^objects\//);
  });
});

describe('GcpServers', () => {
  it('delivers through a real Functions Framework server: 2xx ok, a failing handler failed', async () => {
    const servers = new GcpServers();
    try {
      const keys: string[] = [];
      const ok = await servers.deliver(
        'uploads',
        storage((e) => void keys.push(e.key)),
        native('storage-gcs/finalized-binary.json'),
      );
      expect(ok).toMatchObject({ provider: 'gcp', outcome: 'ok' });
      expect(keys).toHaveLength(1);
      const failing = await servers.deliver(
        'orders',
        queue(() => Promise.reject(new Error('x'))),
        native('queue-pubsub/push-all-values.json'),
      );
      expect(failing.outcome).toBe('failed');
      expect((failing.results[0] as { status: number }).status).toBeGreaterThanOrEqual(400);
    } finally {
      await servers.close();
    }
  });
});
