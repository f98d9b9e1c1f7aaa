import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { describe as describeEvent, jsonDataOf, jsonValueOf, kindOf, timeOf } from '../src/cloud-event-data.js';
import type { GcpCloudEvent } from '../src/types.js';

const base: GcpCloudEvent = { specversion: '1.0', id: 'e1', source: 's', type: 'my.type' };

describe('jsonDataOf', () => {
  it('reads data parsed by FF, text, bytes and data_base64 alike', () => {
    expect(jsonDataOf({ ...base, data: { a: 1 } })).toEqual({ a: 1 });
    expect(jsonDataOf({ ...base, data: '{"a":2}' })).toEqual({ a: 2 });
    expect(jsonDataOf({ ...base, data: Buffer.from('{"a":3}') })).toEqual({ a: 3 });
    expect(jsonDataOf({ ...base, data_base64: Buffer.from('{"a":4}').toString('base64') })).toEqual({ a: 4 });
  });

  it('names the event when data is not a JSON object', () => {
    expect(() => jsonDataOf({ ...base, data: [1] })).toThrow(
      'CloudEvent my.type (id e1): data must be a JSON object, got an array',
    );
    expect(() => jsonDataOf(base)).toThrow(/got nothing/);
    expect(() => jsonDataOf({ ...base, data: 'not json' })).toThrow(MalformedInputError);
    expect(() => jsonDataOf({ ...base, data: 'not json' })).toThrow('data is not valid JSON');
    expect(() => jsonDataOf({ ...base, data: Buffer.from([0xff, 0xfe]) })).toThrow('data is not UTF-8 text');
    expect(() => jsonDataOf({ ...base, data_base64: '@@' })).toThrow(
      /data_base64 is marked base64-encoded but is not valid base64/,
    );
  });
});

describe('jsonValueOf', () => {
  it('returns any JSON value, not only objects', () => {
    expect(jsonValueOf({ ...base, data: '[1,2]' })).toEqual([1, 2]);
    expect(jsonValueOf({ ...base, data: 7 })).toBe(7);
  });
});

describe('helpers', () => {
  it('describe names type and id; kindOf names the value', () => {
    expect(describeEvent(base)).toBe('CloudEvent my.type (id e1)');
    expect(kindOf(null)).toBe('null');
    expect(kindOf(new Uint8Array(3))).toBe('3 bytes');
    expect(kindOf('x')).toBe('a string');
    expect(kindOf({})).toBe('an object');
  });

  it('timeOf parses RFC 3339 and refuses anything else with the field name', () => {
    expect(timeOf('2020-09-29T11:32:00.123Z', 't').toISOString()).toBe('2020-09-29T11:32:00.123Z');
    expect(() => timeOf('yesterday', 'publishTime')).toThrow(
      'publishTime must be an RFC 3339 timestamp, got "yesterday"',
    );
    expect(() => timeOf(undefined, 'time')).toThrow('time must be an RFC 3339 timestamp, got nothing');
  });
});
