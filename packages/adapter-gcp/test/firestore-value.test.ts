import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromFirestoreFields, fromFirestoreValue } from '../src/firestore-value.js';
import { gcpFixture } from './helpers.js';

describe('fromFirestoreFields', () => {
  it('turns every typed value of the complex corpus document into plain JSON', () => {
    const data = gcpFixture<{ value: { fields: unknown } }>(
      'event-firestore/gcloudevents-firestore-documentEventData-binarybody.json',
    );
    expect(fromFirestoreFields(data.value.fields)).toEqual({
      arrayValue: [1, 2],
      booleanValue: true,
      doubleValue: 5.5,
      geoPointValue: { latitude: 51.4543, longitude: -0.9781 },
      intValue: 50,
      mapValue: { field1: 'x', field2: ['x', 1] },
      nullValue: null,
      referenceValue: 'projects/project-id/databases/(default)/documents/foo/bar/baz/qux',
      stringValue: 'text',
      timestampValue: '2020-04-23T14:23:53.241Z',
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
