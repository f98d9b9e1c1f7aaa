import { describe, expect, it } from 'vitest';
import { setOwn } from '../src/own-property.js';

describe('setOwn', () => {
  it('keeps __proto__ as an own data property, leaving the prototype alone', () => {
    const out: Record<string, unknown> = {};
    setOwn(out, '__proto__', { polluted: 'yes' });
    setOwn(out, 'constructor', 'c');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(out.polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":"yes"},"constructor":"c"}');
  });
});
