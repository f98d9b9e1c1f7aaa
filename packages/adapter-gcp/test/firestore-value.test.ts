import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromFirestoreFields, fromFirestoreValue } from '../src/firestore-value.js';
import { gcpFixture } from './helpers.js';

describe('fromFirestoreFields', () => {
  it('turns every typed value of a document into plain JSON', () => {
    const event = gcpFixture<{ data: { value: { fields: unknown } } }>(
      'event-firestore/written-all-types-structured.json',
    );
    expect(fromFirestoreFields(event.data.value.fields)).toEqual({
      title: 'Trail running shoe',
      stock: 120,
      price: 89.9,
      active: true,
      discontinuedAt: null,
      launchedAt: '2024-03-01T09:00:00Z',
      thumbnail: 'iVBORw0KGgo=',
      supplier: 'projects/my-project/databases/(default)/documents/suppliers/acme',
      warehouse: { latitude: 45.764, longitude: 4.8357 },
      sizes: [42, 42.5, 'XL'],
      dimensions: { unit: 'cm', depth: 31, tags: ['boxed'] },
    });
  });

  it('keeps integers beyond 2^53 as strings, non-finite doubles as their names, bytes as base64', () => {
    expect(
      fromFirestoreFields({
        big: { integerValue: '9007199254740993' },
        neg: { integerValue: '-12' },
        nan: { doubleValue: 'NaN' },
        inf: { doubleValue: '-Infinity' },
        bytes: { bytesValue: 'AQID' },
        emptyMap: { mapValue: {} },
        emptyArray: { arrayValue: {} },
      }),
    ).toEqual({
      big: '9007199254740993',
      neg: -12,
      nan: 'NaN',
      inf: '-Infinity',
      bytes: 'AQID',
      emptyMap: {},
      emptyArray: [],
    });
  });

  it('an absent fields object is an empty image', () => {
    expect(fromFirestoreFields(undefined)).toEqual({});
  });

  it('names the field of an unknown or malformed value', () => {
    expect(() => fromFirestoreFields({ a: { mystery: 1 } })).toThrow(
      'Firestore value at fields.a has no known type (keys: mystery)',
    );
    expect(() => fromFirestoreFields({ a: { integerValue: '1.5' } })).toThrow(
      'integerValue at fields.a is not an integer',
    );
    expect(() => fromFirestoreFields({ a: { arrayValue: { values: [{ stringValue: 1 }] } } })).toThrow(
      'Firestore value at fields.a[0] must be a string',
    );
    expect(() => fromFirestoreFields([1])).toThrow(MalformedInputError);
    expect(() => fromFirestoreValue('x', 'v')).toThrow('Firestore value at v must be an object');
    expect(() => fromFirestoreValue({ geoPointValue: { latitude: 'n' } }, 'g')).toThrow('needs numeric latitude');
  });
});
