// The verifier must catch what it exists to catch: a lost, doubled or unknown id, an acknowledged
// failure, a wrong field, a missing CloudEvent view, a call too many, a sequence out of order.
import type { DeliveryReport, EventInput } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { limited, nothingLost, notIncreasing, verifyDelivery } from './event-verify.js';
import type { Seen } from './events/shared.js';

const input: EventInput = {
  kind: 'message',
  messages: [
    { id: 'a', body: 'ok' },
    { id: 'b', body: 'FAIL' },
  ],
};
const good = (id: string, text: string): Seen => ({
  id,
  text,
  provider: 'aws',
  invocationId: true,
  ctxRaw: true,
  raw: true,
  cloudEvent: { valid: true, id },
});
const report = (acknowledged: string[], redelivered: string[]): DeliveryReport => ({
  acknowledged,
  redelivered,
  results: [],
});
const expectation = { seen: { a: { id: 'a', text: 'ok' }, b: { id: 'b', text: 'FAIL' } }, failing: ['b'] };

describe('nothingLost', () => {
  it('passes a report that settles every id once', () => {
    expect(nothingLost(report(['a'], ['b']), ['a', 'b'], new Set(['b']))).toEqual([]);
  });

  it('names a lost, a doubled and an unknown id, and an acknowledged failure', () => {
    expect(nothingLost(report(['b', 'x'], ['b']), ['a', 'b'], new Set(['b']))).toEqual([
      'LOST: a is neither acknowledged nor redelivered',
      'b is settled 2 times (["b","x"] / ["b"])',
      'report names unknown id x',
      'b failed but was acknowledged',
    ]);
  });
});

describe('verifyDelivery', () => {
  const calls = [good('a', 'ok'), good('b', 'FAIL')];

  it('passes a delivery that meets the expectation under the rule', () => {
    expect(
      verifyDelivery({ seen: calls, report: report(['a'], ['b']) }, input, expectation, 'per-message', 'aws'),
    ).toEqual([]);
  });

  it('fails a whole-batch redelivery checked against per-message', () => {
    const out = verifyDelivery(
      { seen: calls, report: report([], ['a', 'b']) },
      input,
      expectation,
      'per-message',
      'aws',
    );
    expect(out).toEqual(['acknowledged [], want ["a"]', 'redelivered ["a","b"], want ["b"]']);
  });

  it('names a wrong field, a wrong provider and an invalid CloudEvent view', () => {
    const bad = [{ ...good('a', 'okay'), provider: 'gcp', cloudEvent: { valid: false } }, good('b', 'FAIL')];
    const out = verifyDelivery({ seen: bad, report: report(['a'], ['b']) }, input, expectation, 'per-message', 'aws');
    expect(out).toEqual([
      'call 0 (a): ctx.provider "gcp", want aws',
      'call 0 (a): toCloudEvent() is not a valid CloudEvent ({"valid":false})',
      'call 0 (a).text "okay", want "ok"',
    ]);
  });

  it('counts calls: a handler called after a stop-at-first failure is caught', () => {
    const stopFirst = { seen: { a: { id: 'a' }, b: { id: 'b' } }, failing: ['a'] };
    const out = verifyDelivery(
      { seen: calls, report: report([], ['a', 'b']) },
      input,
      stopFirst,
      'resume-at-first',
      'aws',
    );
    expect(out).toContain('handler called 2 times, want 1 (["a"])');
  });

  it('matches a RegExp against a string field and compares nested fields of threw one by one', () => {
    const threw = [
      good('a', 'ok'),
      { ...good('b', 'FAIL'), threw: { name: 'MalformedInputError', message: 'message b: x' } },
    ];
    const want = { ...expectation, seen: { ...expectation.seen, b: { threw: { message: /message b/ } } } };
    expect(verifyDelivery({ seen: threw, report: report(['a'], ['b']) }, input, want, 'per-message', 'aws')).toEqual(
      [],
    );
    const other = { ...want, seen: { ...want.seen, b: { threw: { name: 'ValidationError' } } } };
    expect(verifyDelivery({ seen: threw, report: report(['a'], ['b']) }, input, other, 'per-message', 'aws')).toEqual([
      'call 1 (b).threw.name "MalformedInputError", want "ValidationError"',
    ]);
  });
});

describe('limited', () => {
  it('replaces the listed fields and adds refused ids', () => {
    const out = limited(expectation, { reason: 'r', seen: { a: { text: 'changed' } }, refused: ['b'] });
    expect(out.seen.a).toEqual({ id: 'a', text: 'changed' });
    expect(out.refused).toEqual(['b']);
  });
});

describe('notIncreasing', () => {
  it('compares decimal strings as numbers, other strings lexically', () => {
    expect(
      notIncreasing([{ s: '9' }, { s: '10' }, { s: '49590338271490256608559692538361571095921575989136588899' }], 's'),
    ).toEqual([]);
    expect(notIncreasing([{ s: '10' }, { s: '9' }], 's')).toEqual(['s does not increase from call 0 to 1: "10" → "9"']);
    expect(notIncreasing([{ s: 'b' }, { s: 'b' }], 's')).toHaveLength(1);
  });
});
