import { describe, expect, it } from 'vitest';
import type { FireResult } from '../../src/dev/fire-result.js';
import { summarize } from '../../src/dev/summarize.js';

const base: FireResult = { function: 'f', provider: 'aws', via: 'aws sqs', outcome: 'ok', results: [] };

describe('summarize', () => {
  it('ok, partial and failed with the ids to redeliver (at most five shown)', () => {
    expect(summarize(base)).toBe('ok');
    expect(summarize({ ...base, outcome: 'partial', redelivered: ['m2'] })).toBe('partial: 1 to redeliver (m2)');
    const ids = ['1', '2', '3', '4', '5', '6'];
    expect(summarize({ ...base, outcome: 'failed', redelivered: ids })).toBe(
      'failed: 6 to redeliver (1, 2, 3, 4, 5, …)',
    );
    expect(summarize({ ...base, outcome: 'partial', batchItemFailures: [{ itemIdentifier: 'x' }] })).toBe(
      'partial: 1 to redeliver (x)',
    );
    expect(summarize({ ...base, outcome: 'failed' })).toBe('failed');
  });
});
