import { type CloudEvent, event, MalformedInputError, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { qtySchema } from '../../core/test/helpers/context.js';
import { fromEventarcCloudEvent } from '../src/eventarc.js';
import type { GcpCloudEvent } from '../src/types.js';
import {
  binaryFixtureRequest,
  ceHeaders,
  gcpFixture,
  recorder,
  structuredRequest,
  withEventServer,
} from './helpers.js';

const audit = gcpFixture<GcpCloudEvent>('event-auditlog/written-structured.json');
const custom = (data: unknown): GcpCloudEvent => ({
  specversion: '1.0',
  id: 'c1',
  source: 'shop',
  type: 'order.placed',
  data,
});

describe('fromEventarcCloudEvent', () => {
  it('without a schema, hands over the CloudEvent itself', async () => {
    expect(await fromEventarcCloudEvent(audit)).toBe(audit);
  });

  it('with a schema, validates data (parsing text and bytes) into a copy', async () => {
    const original = custom('{"qty":3}');
    const ce = await fromEventarcCloudEvent(original, qtySchema);
    expect(ce.data).toEqual({ qty: 3 });
    expect(ce).not.toBe(original);
    expect(ce.id).toBe('c1');
    expect((await fromEventarcCloudEvent(custom(Buffer.from('{"qty":1}')), qtySchema)).data).toEqual({ qty: 1 });
  });

  it('a mismatch is a ValidationError naming the event; data that is not JSON a MalformedInputError', async () => {
    await expect(fromEventarcCloudEvent(custom({ qty: 'x' }), qtySchema)).rejects.toThrow(ValidationError);
    await expect(fromEventarcCloudEvent(custom({ qty: 'x' }), qtySchema)).rejects.toThrow(
      'CloudEvent order.placed (id c1) data failed schema validation',
    );
    await expect(fromEventarcCloudEvent(custom('qty'), qtySchema)).rejects.toThrow(MalformedInputError);
  });
});

describe('any CloudEvent through the Functions Framework', () => {
  it('audit logs, Firebase and generic events arrive as received, with traceparent', async () => {
    const rec = recorder<CloudEvent>();
    await withEventServer(event(rec.handle), async (fetch) => {
      expect((await fetch(structuredRequest(audit))).status).toBe(204);
      const generic = gcpFixture<{ headers: Record<string, string>; body: unknown; expectedCloudEvent: unknown }>(
        'event-generic/custom-binary.json',
      );
      expect((await fetch(binaryFixtureRequest(generic))).status).toBe(204);
      const firebase = gcpFixture<{ headers: Record<string, string>; body: unknown }>(
        'event-generic/firebase-database-written-binary.json',
      );
      expect((await fetch(binaryFixtureRequest(firebase))).status).toBe(204);
    });
    expect(rec.seen[0]?.value).toEqual(audit);
    const generic = gcpFixture<{ expectedCloudEvent: Record<string, unknown> }>('event-generic/custom-binary.json');
    expect(rec.seen[1]?.value).toEqual(generic.expectedCloudEvent);
    expect(rec.seen[1]?.ctx.trace?.traceId).toBe('5e8f2c1a9b3d4e6f7a8b9c0d1e2f3a4b');
    expect(rec.seen[2]?.value).toMatchObject({
      type: 'google.firebase.database.ref.v1.written',
      data: { data: { points: 90 }, delta: { points: 120 } },
    });
  });

  it('a protobuf Firestore event reaches an event() definition as raw bytes', async () => {
    const rec = recorder<CloudEvent>();
    await withEventServer(event(rec.handle), async (fetch) => {
      const headers = ceHeaders('google.cloud.firestore.document.v1.written', '//firestore.googleapis.com/x', {
        'content-type': 'application/protobuf',
      });
      const res = await fetch(
        new Request('http://localhost/', { method: 'POST', headers, body: new Uint8Array([1, 2, 3]) }),
      );
      expect(res.status).toBe(204);
    });
    const data = rec.seen[0]?.value.data as Uint8Array;
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...data]).toEqual([1, 2, 3]);
  });
});
