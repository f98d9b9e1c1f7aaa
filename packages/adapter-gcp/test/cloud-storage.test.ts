import { MalformedInputError, type StorageEvent, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromCloudStorageEvent } from '../src/cloud-storage.js';
import type { GcpCloudEvent } from '../src/types.js';
import {
  binaryFixtureRequest,
  gcpFixture,
  postRequest,
  recorder,
  structuredRequest,
  withEventServer,
} from './helpers.js';

const finalized = gcpFixture<GcpCloudEvent>('storage-gcs/finalized-structured.json');
const withType = (action: string): GcpCloudEvent => ({
  ...finalized,
  type: `google.cloud.storage.object.v1.${action}`,
});

describe('fromCloudStorageEvent', () => {
  it('maps a finalized object: created, bucket, key, size as a number, etag, contentType, time, raw', () => {
    const ev = fromCloudStorageEvent(finalized);
    expect(ev).toMatchObject({
      kind: 'created',
      bucket: 'my-project-uploads',
      key: 'invoices/2024/May report.pdf',
      size: 48213,
      etag: 'CKih16GjycICEAE=',
      contentType: 'application/pdf',
    });
    expect(ev.time.toISOString()).toBe('2024-05-14T12:33:32.740Z');
    expect(ev.raw).toBe(finalized);
    expect(ev.toCloudEvent()).toMatchObject({
      id: finalized.id,
      type: finalized.type,
      subject: 'invoices/2024/May report.pdf',
    });
  });

  it.each([
    ['deleted', 'deleted'],
    ['archived', 'deleted'],
    ['metadataUpdated', 'updated'],
  ])('%s → %s', (action, kind) => {
    expect(fromCloudStorageEvent(withType(action)).kind).toBe(kind);
  });

  it('a legacy object.change for a gone object (resourceState not_exists) is a deletion', () => {
    const ce = { ...finalized, data: { ...(finalized.data as object), resourceState: 'not_exists' } };
    expect(fromCloudStorageEvent(ce).kind).toBe('deleted');
  });

  it('takes bucket and key from source and subject when the data lacks them; size may be a number', () => {
    const ce = { ...finalized, data: { size: 7 } };
    expect(fromCloudStorageEvent(ce)).toMatchObject({
      bucket: 'my-project-uploads',
      key: 'invoices/2024/May report.pdf',
      size: 7,
    });
  });

  it('names the problem for a bad size, a missing key and a non-storage type', () => {
    expect(() =>
      fromCloudStorageEvent({ ...finalized, data: { ...(finalized.data as object), size: '12kb' } }),
    ).toThrow(/size must be a number of bytes, got "12kb"/);
    expect(() => fromCloudStorageEvent({ ...finalized, subject: undefined, data: { bucket: 'b' } })).toThrow(
      MalformedInputError,
    );
    expect(() => fromCloudStorageEvent({ ...finalized, type: 'google.cloud.storage.object.v1.created' })).toThrow(
      'is not a Cloud Storage object event',
    );
  });
});

describe('Cloud Storage through the Functions Framework', () => {
  it('binary, structured and legacy (gen 1) forms give the same created event', async () => {
    const rec = recorder<StorageEvent>();
    await withEventServer(storage(rec.handle), async (fetch) => {
      const binary = gcpFixture<{ headers: Record<string, string>; body: unknown }>(
        'storage-gcs/finalized-binary.json',
      );
      expect((await fetch(binaryFixtureRequest(binary))).status).toBe(204);
      expect((await fetch(structuredRequest(finalized))).status).toBe(204);
      const legacy = gcpFixture('storage-gcs/finalize-legacy-context.json');
      expect((await fetch(postRequest(legacy))).status).toBe(204);
    });
    expect(rec.seen).toHaveLength(3);
    for (const { value } of rec.seen) {
      expect(value).toMatchObject({
        kind: 'created',
        bucket: 'my-project-uploads',
        key: 'invoices/2024/May report.pdf',
        size: 48213,
      });
    }
  });

  it('the gen 1 object.change deletion arrives as a deletion, not as FF`s "finalized"', async () => {
    const rec = recorder<StorageEvent>();
    await withEventServer(storage(rec.handle), async (fetch) => {
      const legacy = gcpFixture('storage-gcs/object-change-delete-legacy-flat.json');
      expect((await fetch(postRequest(legacy))).status).toBe(204);
    });
    expect(rec.seen[0]?.value).toMatchObject({
      kind: 'deleted',
      bucket: 'my-project-uploads',
      key: 'imports/batch-0041.json',
      size: 0,
    });
  });

  it('a handler failure answers 500 so Eventarc retries', async () => {
    const rec = recorder<StorageEvent>(() => new Error('disk full'));
    await withEventServer(storage(rec.handle), async (fetch) => {
      const res = await fetch(structuredRequest(finalized));
      expect(res.status).toBe(500);
      expect(res.headers.get('x-google-status')).toBe('error');
    });
    expect(rec.seen).toHaveLength(1);
  });
});

describe('hostile CloudEvents found by the fuzz suite (test/fuzz)', () => {
  it('a subject that is not a string is no object name: a MalformedInputError, not a TypeError', () => {
    const { name: _, ...data } = finalized.data as Record<string, unknown>;
    expect(() => fromCloudStorageEvent({ ...finalized, subject: false as never, data })).toThrow(MalformedInputError);
    expect(() => fromCloudStorageEvent({ ...finalized, subject: false as never, data })).toThrow(/name is missing/);
  });

  it('a subject that is not a string is ignored when data names the object', () => {
    expect(fromCloudStorageEvent({ ...finalized, subject: 5 as never }).key).toBe('invoices/2024/May report.pdf');
  });
});
