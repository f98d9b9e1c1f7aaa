import { queue, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { GcpServers, toGcpRequest } from '../../src/dev/native-gcp.js';

const native = (contains: string) =>
  detectNative(readJson(listCorpus('gcp', '').find((f) => corpusName(f).includes(contains)) as string));

describe('toGcpRequest', () => {
  it('rebuilds what Cloud Run receives for each form', async () => {
    const binary = toGcpRequest(native('messagePublished-binary.json'));
    expect([binary.signature, binary.request.headers.get('ce-type')]).toEqual([
      'cloudevent',
      'google.cloud.pubsub.topic.v1.messagePublished',
    ]);
    expect(toGcpRequest(native('pubsub-messagePublished-structured')).request.headers.get('content-type')).toMatch(
      /cloudevents\+json/,
    );
    expect(toGcpRequest(native('pushSubscription-raw')).signature).toBe('http');
    const data = toGcpRequest(native('storage-object-binarybody')).request;
    expect(data.headers.get('ce-source')).toBe('//storage.googleapis.com/projects/_/buckets/sample-bucket');
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
        native('storage-finalized-binary'),
      );
      expect(ok).toMatchObject({ provider: 'gcp', outcome: 'ok' });
      expect(keys).toHaveLength(1);
      const failing = await servers.deliver(
        'orders',
        queue(() => Promise.reject(new Error('x'))),
        native('pushSubscription-raw'),
      );
      expect(failing.outcome).toBe('failed');
      expect((failing.results[0] as { status: number }).status).toBeGreaterThanOrEqual(400);
    } finally {
      await servers.close();
    }
  });
});
