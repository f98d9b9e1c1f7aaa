import { describe, expect, it } from 'vitest';
import { fromAttributeMap } from '../../src/dynamodb-value.js';
import { toAttributeMap, toAttributeValue } from '../../src/testing/dynamodb-marshal.js';

describe('toAttributeValue / toAttributeMap', () => {
  it('marshals every JSON type', () => {
    expect(toAttributeValue({ s: 'x', n: 1.5, t: false, z: null, l: [1, 'a'] })).toEqual({
      M: { s: { S: 'x' }, n: { N: '1.5' }, t: { BOOL: false }, z: { NULL: true }, l: { L: [{ N: '1' }, { S: 'a' }] } },
    });
  });

  it('round-trips through the unmarshaller, __proto__ included', () => {
    const item = JSON.parse('{"id":"o-1","qty":2,"tags":["a"],"meta":{"__proto__":{"x":1}}}');
    const back = fromAttributeMap(toAttributeMap(item));
    expect(JSON.stringify(back)).toBe(JSON.stringify(item));
  });
});
