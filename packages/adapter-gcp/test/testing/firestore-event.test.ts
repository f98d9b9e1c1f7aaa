import { describe, expect, it } from 'vitest';
import { fromFirestoreCloudEvent } from '../../src/firestore.js';
import { toFirestoreCloudEvent, toFirestoreValue } from '../../src/testing/firestore-event.js';
import type { GcpCloudEvent } from '../../src/types.js';

const image = { name: 'Ada', age: 36, score: 1.5, tags: ['a', 'b'], address: { city: 'London' }, gone: null, ok: true };

describe('toFirestoreValue', () => {
  it('encodes plain JSON as typed values', () => {
    expect(toFirestoreValue({ qty: 2, price: 2.5, n: null, t: [true] })).toEqual({
      mapValue: {
        fields: {
          qty: { integerValue: '2' },
          price: { doubleValue: 2.5 },
          n: { nullValue: null },
          t: { arrayValue: { values: [{ booleanValue: true }] } },
        },
      },
    });
  });
});

describe('toFirestoreCloudEvent', () => {
  it.each([
    ['insert', 'created'],
    ['modify', 'updated'],
    ['remove', 'deleted'],
  ] as const)('%s → document.v1.%s, round-tripping the images', (change, action) => {
    const ce = toFirestoreCloudEvent(
      {
        id: 'c1',
        partitionKey: 'users/ada',
        change,
        ...(change === 'remove' ? {} : { newImage: image }),
        ...(change === 'insert' ? {} : { oldImage: { ...image, age: 35 } }),
      },
      { project: 'shop' },
    );
    expect(ce.type).toBe(`google.cloud.firestore.document.v1.${action}`);
    expect(ce.subject).toBe('documents/users/ada');
    expect(ce.source).toBe('//firestore.googleapis.com/projects/shop/databases/(default)');
    const rec = fromFirestoreCloudEvent(ce as GcpCloudEvent);
    expect(rec.change).toBe(change);
    expect(rec.partitionKey).toBe('users/ada');
    if (change !== 'remove') expect(rec.newImage).toEqual(image);
    if (change !== 'insert') expect(rec.oldImage).toEqual({ ...image, age: 35 });
  });

  it('picks the document path: keys.path, else a path partition key, else <collection>/<partitionKey>', () => {
    expect(toFirestoreCloudEvent({ id: '1', partitionKey: 'x', keys: { path: 'a/b' } }).subject).toBe('documents/a/b');
    expect(toFirestoreCloudEvent({ id: '1', partitionKey: 'orders/42' }).subject).toBe('documents/orders/42');
    expect(toFirestoreCloudEvent({ id: '1', partitionKey: 'device-1' }).subject).toBe('documents/faasport/device-1');
    expect(toFirestoreCloudEvent({ id: '1', partitionKey: 'd' }, { collection: 'devices' }).subject).toBe(
      'documents/devices/d',
    );
  });

  it('without a change it is a written event whose change the normalizer derives', () => {
    const ce = toFirestoreCloudEvent({ id: '1', partitionKey: 'a/b', newImage: { x: 1 } });
    expect(ce.type).toBe('google.cloud.firestore.document.v1.written');
    expect(fromFirestoreCloudEvent(ce as GcpCloudEvent).change).toBe('insert');
  });
});
