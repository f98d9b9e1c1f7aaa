import { describe, expect, it } from 'vitest';
import { describeThrown } from '../src/describe-thrown.js';
import { circular, hostileValues, throwingMessage } from './helpers/hostile.js';

describe('describeThrown', () => {
  it.each(hostileValues())('%s: a non-empty line, never a throw', (_name, value) => {
    const text = describeThrown(value);
    expect(typeof text).toBe('string');
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(501);
  });

  it('says what was thrown', () => {
    expect(describeThrown(undefined)).toBe('undefined');
    expect(describeThrown(null)).toBe('null');
    expect(describeThrown(42)).toBe('42');
    expect(describeThrown(10n)).toBe('10n');
    expect(describeThrown(Symbol('s'))).toBe('Symbol(s)');
    expect(describeThrown(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeThrown(circular())).toBe('{"name":"loop","self":"[Circular]"}');
    expect(describeThrown(throwingMessage())).toBe('Error: [Unreadable: message getter exploded]');
  });

  it('cuts a long description', () => {
    expect(describeThrown('x'.repeat(2000))).toBe(`${'x'.repeat(500)}…`);
  });
});
