import { describe, expect, it } from 'vitest';
import { fromByteString, toByteString } from '../src/headers.js';

describe('toByteString / fromByteString', () => {
  it('lets a UTF-8 value into Headers without throwing and round-trips it', () => {
    const value = 'Zürich — 東京';
    expect(() => new Headers({ 'x-city': value })).toThrow();
    const headers = new Headers({ 'x-city': toByteString(value) });
    expect(fromByteString(headers.get('x-city') ?? '')).toBe(value);
  });

  it('leaves ASCII and latin1 values alone', () => {
    expect(toByteString('plain')).toBe('plain');
    expect(toByteString('café')).toBe('café');
    expect(fromByteString('café')).toBe('café');
  });
});
