import { describe, expect, it } from 'vitest';
import { batchFailuresOf, fromReport, toJsonSafe } from '../../src/dev/fire-result.js';

describe('fire results', () => {
  it('toJsonSafe: errors with code and cause, bytes as base64, dates as ISO, functions dropped', () => {
    const error = Object.assign(new Error('outer', { cause: new TypeError('inner') }), { code: 'X' });
    expect(toJsonSafe({ e: error, b: new Uint8Array([1, 2]), d: new Date(0), f: () => 1 })).toEqual({
      e: { name: 'Error', code: 'X', message: 'outer', cause: { name: 'TypeError', message: 'inner' } },
      b: { base64: 'AQI=' },
      d: '1970-01-01T00:00:00.000Z',
    });
  });

  it('batchFailuresOf gathers AWS partial-batch answers; undefined when there are none', () => {
    expect(
      batchFailuresOf([
        { result: { batchItemFailures: [{ itemIdentifier: 'a' }] } },
        { batchItemFailures: [{ itemIdentifier: 'b' }] },
      ]),
    ).toEqual([{ itemIdentifier: 'a' }, { itemIdentifier: 'b' }]);
    expect(batchFailuresOf([{ status: 204 }])).toBeUndefined();
  });

  it('fromReport: ok, partial or failed from what is redelivered', () => {
    const r = (acknowledged: string[], redelivered: string[]) =>
      fromReport('f', 'gcp', 'gcp pubsub', { acknowledged, redelivered, results: [] }).outcome;
    expect([r(['a'], []), r(['a'], ['b']), r([], ['b'])]).toEqual(['ok', 'partial', 'failed']);
  });
});
