import { describe, expect, it, vi } from 'vitest';
import { createLocalContext } from '../../src/dev/local-context.js';

describe('createLocalContext', () => {
  it('is provider local, logs JSON lines with the invocation id, and has no deadline unless a timeout is given', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const ctx = createLocalContext({ functionName: 'api', invocationId: 'inv-1', coldStart: true, raw: 'r' });
      expect([ctx.provider, ctx.functionName, ctx.invocationId, ctx.coldStart, ctx.raw]).toEqual([
        'local',
        'api',
        'inv-1',
        true,
        'r',
      ]);
      expect(ctx.remainingMs()).toBe(Number.POSITIVE_INFINITY);
      ctx.log.info('hello', { n: 1 });
      expect(JSON.parse(String(write.mock.calls[0]?.[0]))).toMatchObject({
        level: 'info',
        invocationId: 'inv-1',
        message: 'hello',
        n: 1,
      });
    } finally {
      write.mockRestore();
    }
    const timed = createLocalContext({
      functionName: 'f',
      invocationId: 'i',
      coldStart: false,
      raw: null,
      timeoutSeconds: 10,
    });
    expect(timed.remainingMs()).toBeGreaterThan(9000);
    expect(timed.remainingMs()).toBeLessThanOrEqual(10_000);
    timed.dispose();
  });
});
