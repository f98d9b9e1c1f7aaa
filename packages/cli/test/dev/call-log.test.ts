import { describe, expect, it } from 'vitest';
import { formatCall } from '../../src/dev/call-log.js';

describe('formatCall', () => {
  it('says when, which function, what, the outcome, the provider, the duration and the invocation id', () => {
    const line = formatCall(
      { fn: 'hello', what: 'GET /?a=1', invocationId: 'id-1', ms: 2.345, outcome: '200', via: 'gcp' },
      new Date('2026-01-01T12:00:01.123Z'),
    );
    expect(line).toBe('12:00:01.123 hello GET /?a=1 → 200 [gcp] 2.3 ms id=id-1');
  });
});
