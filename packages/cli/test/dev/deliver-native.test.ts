import { queue, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { deliverNative } from '../../src/dev/deliver-native.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { GcpServers } from '../../src/dev/native-gcp.js';

const native = (path: string) => detectNative(ownFixture(path));

describe('deliverNative', () => {
  it('routes to the payload own provider', async () => {
    const gcp = new GcpServers();
    try {
      const uploads = storage(() => {});
      expect((await deliverNative('u', uploads, native('aws/storage-s3/object-created-put.json'), gcp)).provider).toBe(
        'aws',
      );
      expect(
        (await deliverNative('u', uploads, native('gcp/storage-gcs/finalized-structured.json'), gcp)).provider,
      ).toBe('gcp');
      expect((await deliverNative('u', uploads, native('azure/storage-blob/created.json'), gcp)).provider).toBe(
        'azure',
      );
    } finally {
      await gcp.close();
    }
  });

  it('refuses a kind the provider does not deliver it to, naming both', () => {
    expect(() =>
      deliverNative(
        'orders',
        queue(() => {}),
        native('aws/storage-s3/object-created-put.json'),
        new GcpServers(),
      ),
    ).toThrow("orders is a 'queue' definition; an S3 notification (aws) goes to 'storage' definitions");
  });
});
