import { describe, expect, it } from 'vitest';
import { CIRCULAR, MAX_LOG_DEPTH, reasonOf, TOO_DEEP, toSafeJson, unreadable } from '../src/safe-serialize.js';
import {
  circular,
  hostileValues,
  loopingCause,
  nested,
  revokedProxy,
  throwingGetter,
  throwingMessage,
  throwingToJson,
} from './helpers/hostile.js';

const json = (value: unknown) => JSON.parse(JSON.stringify(toSafeJson(value)) ?? 'null');

describe('toSafeJson', () => {
  it.each(hostileValues())('%s: never throws and JSON.stringify accepts the result', (_name, value) => {
    expect(() => JSON.stringify(toSafeJson(value))).not.toThrow();
  });

  it('marks a cycle [Circular] but keeps a value shared by two siblings', () => {
    const shared = { v: 1 };
    expect(json({ a: shared, b: shared })).toEqual({ a: { v: 1 }, b: { v: 1 } });
    expect(json(circular())).toEqual({ name: 'loop', self: CIRCULAR });
  });

  it('writes BigInt as a string, symbols and functions as text', () => {
    expect(json({ n: 12345678901234567890n, s: Symbol('x'), f: function go() {} })).toEqual({
      n: '12345678901234567890',
      s: 'Symbol(x)',
      f: '[Function: go]',
    });
  });

  it('cuts nesting at the depth bound', () => {
    let node = json(nested(5000));
    let depth = 0;
    while (typeof node === 'object' && node !== null) {
      node = node.a;
      depth += 1;
    }
    expect(node).toBe(TOO_DEEP);
    expect(depth).toBe(MAX_LOG_DEPTH);
  });

  it('a throwing getter or toJSON becomes [Unreadable: reason]; the rest is kept', () => {
    expect(json(throwingGetter())).toEqual({ ok: 1, bad: '[Unreadable: getter exploded]' });
    expect(json({ x: throwingToJson() })).toEqual({ x: '[Unreadable: toJSON exploded]' });
    expect(json({ p: revokedProxy() })).toEqual({ p: expect.stringMatching(/^\[Unreadable: .*revoked/) });
  });

  it('writes Errors with name, message, stack and a cause chain that may loop', () => {
    const out = json({ error: loopingCause() });
    expect(out.error.message).toBe('outer hunter2');
    expect(out.error.stack).toContain('outer hunter2');
    expect(out.error.cause.message).toBe('inner');
    expect(out.error.cause.cause).toBe(CIRCULAR);
    expect(json(throwingMessage())).toMatchObject({ message: '[Unreadable: message getter exploded]' });
  });

  it('keeps a key named __proto__ as plain data', () => {
    const out = toSafeJson(JSON.parse('{"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns array holes and undefined items into null, as JSON does', () => {
    expect(json([1, undefined, () => 1])).toEqual([1, null, '[Function]']);
  });
});

describe('reasonOf / unreadable', () => {
  it('reads a message when it can, a type otherwise, and never throws', () => {
    expect(reasonOf(new Error('why'))).toBe('why');
    expect(reasonOf('plain')).toBe('plain');
    expect(reasonOf({})).toBe('object');
    expect(reasonOf(throwingMessage())).toBe('unknown');
    expect(unreadable(undefined)).toBe('[Unreadable: undefined]');
  });
});
