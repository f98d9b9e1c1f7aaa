import { type StreamRecord, stream, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromFirestoreCloudEvent } from '../src/firestore.js';
import type { GcpCloudEvent } from '../src/types.js';
import { ceHeaders, gcpFixture, postRequest, recorder, structuredRequest, withEventServer } from './helpers.js';

const written = gcpFixture<GcpCloudEvent>('event-firestore/written-structured.json');
const complex = gcpFixture<GcpCloudEvent>('event-firestore/written-all-types-structured.json');
const doc = (written.data as { value: unknown }).value;
const typed = (action: string, data: unknown): GcpCloudEvent => ({
  ...written,
  type: `google.cloud.firestore.document.v1.${action}`,
  data,
});

describe('fromFirestoreCloudEvent', () => {
  it('maps a written update: modify, path keys, images as plain JSON, raw', () => {
    const rec = fromFirestoreCloudEvent(written);
    expect(rec).toMatchObject({
      id: 'b7e3d9a1-5c2f-4e8b-9a61-3f0d2c7e4b15',
      sequence: 'b7e3d9a1-5c2f-4e8b-9a61-3f0d2c7e4b15',
      change: 'modify',
      partitionKey: 'users/alice',
      keys: { path: 'users/alice' },
      newImage: {
        displayName: 'Alice Martin',
        visits: 42,
        verified: true,
        score: 97.5,
        lastSeen: '2024-05-14T14:02:10.311Z',
        nickname: null,
        tags: ['beta', 'admin'],
        address: { city: 'Lyon', zip: '69002' },
      },
      oldImage: { displayName: 'Alice Martin', visits: 41, verified: false },
      source: '//firestore.googleapis.com/projects/my-project/databases/(default)',
    });
    expect(rec.time.toISOString()).toBe('2024-05-14T14:02:10.311Z');
    expect(rec.raw).toBe(written);
    expect(rec.toCloudEvent()).toMatchObject({ type: written.type, subject: 'users/alice' });
  });

  it('a written creation (empty oldValue) is an insert without oldImage; a written deletion a remove', () => {
    const created = fromFirestoreCloudEvent(complex);
    expect(created.change).toBe('insert');
    expect(created.oldImage).toBeUndefined();
    expect(created.newImage?.stock).toBe(120);
    const removed = fromFirestoreCloudEvent(typed('written', { value: {}, oldValue: doc }));
    expect(removed.change).toBe('remove');
    expect(removed.newImage).toBeUndefined();
  });

  it.each([
    ['created', 'insert'],
    ['updated', 'modify'],
    ['deleted', 'remove'],
    ['created.withAuthContext', 'insert'],
  ])('%s → %s', (action, change) => {
    expect(fromFirestoreCloudEvent(typed(action, { value: doc })).change).toBe(change);
  });

  it('takes the path from the document name when the subject is missing', () => {
    const rec = fromFirestoreCloudEvent({ ...written, subject: undefined });
    expect(rec.partitionKey).toBe('users/alice');
  });

  it('protobuf data is an UnsupportedEventError that names the fix', () => {
    const proto = { ...written, datacontenttype: 'application/protobuf', data: Buffer.from([0x0a, 0x02]) };
    expect(() => fromFirestoreCloudEvent(proto)).toThrow(UnsupportedEventError);
    expect(() => fromFirestoreCloudEvent(proto)).toThrow(
      /carries protobuf data \(application\/protobuf\): create the Eventarc trigger with --event-data-content-type=application\/json, or use an event\(\) definition/,
    );
  });

  it('refuses a non-Firestore type and a document without a path', () => {
    expect(() => fromFirestoreCloudEvent({ ...written, type: 'google.firebase.database.ref.v1.written' })).toThrow(
      'is not a Firestore document event',
    );
    expect(() => fromFirestoreCloudEvent(typed('created', { value: { name: 'x' } }))).not.toThrow();
    expect(() =>
      fromFirestoreCloudEvent({ ...typed('created', { value: { name: 'no-documents' } }), subject: undefined }),
    ).toThrow('no document path');
  });
});

describe('Firestore through the Functions Framework', () => {
  it('structured JSON events and the gen 1 legacy write arrive as stream records', async () => {
    const rec = recorder<StreamRecord>();
    await withEventServer(stream(rec.handle), async (fetch) => {
      expect((await fetch(structuredRequest(written))).status).toBe(204);
      expect((await fetch(postRequest(gcpFixture('event-firestore/document-write-legacy-flat.json')))).status).toBe(
        204,
      );
      const body = gcpFixture('event-firestore/document-event-data.json');
      const headers = ceHeaders('google.cloud.firestore.document.v1.created', written.source, {
        'ce-subject': 'documents/orders/ord-10452',
      });
      expect((await fetch(postRequest(body, headers))).status).toBe(204);
    });
    expect(rec.seen.map((s) => s.value.change)).toEqual(['modify', 'modify', 'insert']);
    expect(rec.seen[1]?.value.newImage).toEqual({ visits: 3 });
    expect(rec.seen[1]?.value.oldImage).toEqual({ visits: 2 });
    expect(rec.seen[1]?.value.partitionKey).toBe('users/erin');
    expect(rec.seen[2]?.value.partitionKey).toBe('orders/ord-10452');
    expect(rec.seen[2]?.value.newImage).toEqual({ status: 'new', qty: 3 });
  });

  it('the protobuf form (Eventarc default) fails with 500; the log names the fix; the handler never runs', async () => {
    const rec = recorder<StreamRecord>();
    await withEventServer(stream(rec.handle), async (fetch, logs) => {
      const headers = ceHeaders('google.cloud.firestore.document.v1.written', written.source, {
        'content-type': 'application/protobuf',
      });
      const res = await fetch(
        new Request('http://localhost/', {
          method: 'POST',
          headers,
          body: new Uint8Array([0x0a, 0x03, 0x61, 0x62, 0x63]),
        }),
      );
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('Internal Server Error');
      expect(logs()).toContain('--event-data-content-type=application/json');
    });
    expect(rec.seen).toHaveLength(0);
  });
});

describe('hostile CloudEvents found by the fuzz suite (test/fuzz)', () => {
  it('a subject or datacontenttype that is not a string does not crash the path lookup', () => {
    const record = fromFirestoreCloudEvent({ ...written, subject: [0] as never, datacontenttype: 7 as never });
    expect(record.partitionKey).toBe(record.keys?.path);
    expect(record.partitionKey.length).toBeGreaterThan(0);
  });
});
