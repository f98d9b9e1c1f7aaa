import az from '@azure/functions';
import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { itemOf, metadataOf, stringOf, toAttributes, toBytes, toDate, unquote } from '../src/payload.js';

describe('payload helpers', () => {
  it('toBytes keeps Buffers as is, encodes strings, re-serializes parsed JSON, refuses nothing', () => {
    const buf = Buffer.from([1, 2]);
    expect(toBytes(buf, 'x')).toBe(buf);
    expect(new TextDecoder().decode(toBytes('héllo', 'x'))).toBe('héllo');
    expect(new TextDecoder().decode(toBytes({ a: [1, 'b'] }, 'x'))).toBe('{"a":[1,"b"]}');
    expect(new TextDecoder().decode(toBytes(42, 'x'))).toBe('42');
    expect(() => toBytes(undefined, 'message 7')).toThrow(/message 7: the trigger delivered no payload/);
  });

  it('toDate parses timestamps and names a bad one', () => {
    expect(toDate('2022-08-25T05:06:39+00:00', 'f').toISOString()).toBe('2022-08-25T05:06:39.000Z');
    expect(toDate(0, 'f').getTime()).toBe(0);
    expect(() => toDate('2022-1-12T03:16:34Z', 'insertionTime')).toThrow(MalformedInputError);
    expect(() => toDate(undefined, 'insertionTime')).toThrow(/insertionTime is not a timestamp \(got nothing\)/);
  });

  it('stringOf, itemOf, toAttributes, unquote, metadataOf', () => {
    expect([stringOf('a'), stringOf(''), stringOf(7), stringOf(null)]).toEqual(['a', undefined, '7', undefined]);
    expect(itemOf({ a: [1, 2] }, 'a', 1)).toBe(2);
    expect(itemOf({ a: 'x' }, 'a', 0)).toBeUndefined();
    expect(toAttributes({ s: 'x', n: 1, o: { a: 1 }, u: undefined })).toEqual({ s: 'x', n: '1', o: '{"a":1}' });
    expect(toAttributes(null)).toEqual({});
    expect([unquote('"0x1"'), unquote('0x1'), unquote('"')]).toEqual(['0x1', '0x1', '"']);
    expect(metadataOf(new az.InvocationContext())).toEqual({});
  });
});
