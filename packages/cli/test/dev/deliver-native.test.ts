import { queue, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { deliverNative } from '../../src/dev/deliver-native.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { GcpServers } from '../../src/dev/native-gcp.js';

const native = (p: 'aws' | 'gcp' | 'azure', contains: string) =>
  detectNative(readJson(listCorpus(p, '').find((f) => corpusName(f).includes(contains)) as string));

describe('deliverNative', () => {
  it('routes to the payload own provider', async () => {
    const gcp = new GcpServers();
    try {
      const uploads = storage(() => {});
      expect((await deliverNative('u', uploads, native('aws', 'powertools-py-s3-put'), gcp)).provider).toBe('aws');
      expect((await deliverNative('u', uploads, native('gcp', 'storage-finalized-structured'), gcp)).provider).toBe(
        'gcp',
      );
      expect((await deliverNative('u', uploads, native('azure', 'nodejslib-storageBlob'), gcp)).provider).toBe('azure');
    } finally {
      await gcp.close();
    }
  });

  it('refuses a kind the provider does not deliver it to, naming both', () => {
    expect(() =>
      deliverNative(
        'orders',
        queue(() => {}),
        native('aws', 'powertools-py-s3-put'),
        new GcpServers(),
      ),
    ).toThrow("orders is a 'queue' definition; an S3 notification (aws) goes to 'storage' definitions");
  });
});
