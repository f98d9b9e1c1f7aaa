import { describe, expect, it } from 'vitest';
import { testContext } from '../../core/test/helpers/context.js';
import { hostileValues } from '../../core/test/helpers/hostile.js';
import { EventFailedError, HandlerFailedError } from '../src/errors.js';
import { settleBatch, settleOne } from '../src/settle.js';

describe('settleOne', () => {
  it('resolves when load and handler succeed, rejects with the original error otherwise (logged)', async () => {
    const { ctx, lines } = testContext();
    const seen: number[] = [];
    await expect(
      settleOne(
        () => 1,
        (v) => void seen.push(v),
        ctx,
      ),
    ).resolves.toBeUndefined();
    const boom = new Error('boom');
    await expect(
      settleOne(
        () => 2,
        () => Promise.reject(boom),
        ctx,
      ),
    ).rejects.toBe(boom);
    await expect(
      settleOne(
        () => Promise.reject(new Error('load')),
        () => {},
        ctx,
      ),
    ).rejects.toThrow('load');
    expect(seen).toEqual([1]);
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(2);
  });
});

describe('settleOne with hostile thrown values (issue 10, item 4)', () => {
  it.each(hostileValues())(
    '%s: rejects with a readable Error (the value as cause) and logs it',
    async (_name, thrown) => {
      const { ctx, lines } = testContext();
      const error = await settleOne(
        () => 1,
        () => {
          throw thrown;
        },
        ctx,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(typeof (error as Error).message).toBe('string');
      if (error instanceof HandlerFailedError) expect(error.cause).toBe(thrown);
      else expect(error).toBe(thrown);
      expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
      expect(lines[0]?.record).toHaveProperty('error');
    },
  );
});

describe('settleBatch', () => {
  const items = ['a', 'b', 'c'].map((id) => ({ id, load: () => id }));

  it('independent: runs all, throws EventFailedError with exactly the failed ids', async () => {
    const { ctx } = testContext();
    const seen: string[] = [];
    const error = await settleBatch(
      items,
      (v) => {
        seen.push(v);
        if (v !== 'b') throw new Error(v);
      },
      'independent',
      ctx,
      'batch',
    ).catch((e: unknown) => e);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(error).toBeInstanceOf(EventFailedError);
    expect((error as EventFailedError).failed).toEqual(['a', 'c']);
    expect((error as EventFailedError).message).toMatch(/batch: 2 of 3 failed \(a, c\); the whole batch fails/);
  });

  it('stop-at-first: stops at the failure and reports the rest as skipped; resolves when all succeed', async () => {
    const { ctx } = testContext();
    const error = (await settleBatch(
      items,
      (v) => {
        if (v === 'b') throw new Error(v);
      },
      'stop-at-first',
      ctx,
      'stream',
    ).catch((e: unknown) => e)) as EventFailedError;
    expect([error.failed, error.skipped]).toEqual([['b'], ['c']]);
    expect(error.message).toMatch(/1 later item\(s\) not run/);
    await expect(settleBatch(items, () => {}, 'stop-at-first', ctx, 'stream')).resolves.toBeUndefined();
  });
});
