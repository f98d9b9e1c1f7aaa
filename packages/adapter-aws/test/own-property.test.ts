import { describe, expect, it } from 'vitest';
import { setOwn } from '../src/own-property.js';

describe('setOwn', () => {
  it('sets ordinary keys, and __proto__ as an own enumerable key without touching the prototype', () => {
    const out: Record<string, unknown> = {};
    setOwn(out, 'a', 1);
    setOwn(out, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['a', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
  });
});
