import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromAttributeMap, fromAttributeValue, fromDynamoDbNumber } from '../src/dynamodb-value.js';
import type { AttributeValue } from '../src/event-types.js';

describe('fromDynamoDbNumber', () => {
  it('numbers a double holds exactly become numbers', () => {
    expect(fromDynamoDbNumber('101')).toBe(101);
    expect(fromDynamoDbNumber('-2.75')).toBe(-2.75);
    expect(fromDynamoDbNumber('1E-130')).toBe(1e-130);
    expect(fromDynamoDbNumber('123.450')).toBe(123.45);
    expect(fromDynamoDbNumber('1e3')).toBe(1000);
    expect(fromDynamoDbNumber('9007199254740991')).toBe(9007199254740991);
    expect(fromDynamoDbNumber('0.000')).toBe(0);
  });

  it('numbers that would lose precision stay strings', () => {
    expect(fromDynamoDbNumber('9007199254740993')).toBe('9007199254740993');
    expect(fromDynamoDbNumber('12345678901234567890123456789012345678')).toBe('12345678901234567890123456789012345678');
    expect(fromDynamoDbNumber('0.1234567890123456789')).toBe('0.1234567890123456789');
    expect(fromDynamoDbNumber('1E-320')).toBe('1E-320');
    expect(fromDynamoDbNumber('9.9999999999999999999999999999999999999E+125')).toBe(
      '9.9999999999999999999999999999999999999E+125',
    );
  });

  it('text that is not a number is malformed', () => {
    expect(() => fromDynamoDbNumber('twelve')).toThrow(MalformedInputError);
    expect(() => fromDynamoDbNumber('')).toThrow(MalformedInputError);
  });
});

describe('fromAttributeValue / fromAttributeMap', () => {
  it('unmarshals every type to plain JSON', () => {
    const item: Record<string, AttributeValue> = {
      s: { S: 'x' },
      n: { N: '35' },
      b: { B: 'AAEqQQ==' },
      t: { BOOL: true },
      z: { NULL: true },
      m: { M: { inner: { L: [{ S: 'a' }, { N: '1.5' }] } } },
      ss: { SS: ['Giraffe', 'Zebra'] },
      ns: { NS: ['1234', '567.8'] },
      bs: { BS: ['AAEqQQ=='] },
      empty: { L: [] },
    };
    expect(fromAttributeMap(item)).toEqual({
      s: 'x',
      n: 35,
      b: 'AAEqQQ==',
      t: true,
      z: null,
      m: { inner: ['a', 1.5] },
      ss: ['Giraffe', 'Zebra'],
      ns: [1234, 567.8],
      bs: ['AAEqQQ=='],
      empty: [],
    });
  });

  it('__proto__ keys become own properties and never pollute a prototype', () => {
    const map = JSON.parse('{"__proto__": {"M": {"polluted": {"BOOL": true}}}, "a": {"S": "1"}}');
    const out = fromAttributeMap(map);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"a":"1"}');
  });

  it('an unknown or ill-typed value is a MalformedInputError naming its path', () => {
    expect(() => fromAttributeMap({ a: { M: { b: { X: 1 } } } } as never)).toThrow(/\$\.a\.b: unknown type \[X\]/);
    expect(() => fromAttributeValue({ SS: [1] } as never)).toThrow(/\$\.SS\[0\]: expected a string/);
    expect(() => fromAttributeValue({ L: 'nope' } as never)).toThrow(/expected a list/);
    expect(() => fromAttributeMap([] as never, 'Keys')).toThrow(/Keys: expected a map/);
  });
});
