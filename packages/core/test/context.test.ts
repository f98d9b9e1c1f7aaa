import { describe, expect, it } from 'vitest';
import { type ContextInit, coldStartFlag, createContext } from '../src/context.js';
import { createLogger } from '../src/logger.js';

const base: ContextInit = {
  provider: 'local',
  functionName: 'f',
  invocationId: 'i',
  coldStart: false,
  log: createLogger({ format: 'json', invocationId: 'i', sink: () => {} }),
  raw: { event: 1 },
};

describe('createContext', () => {
  it('has no deadline and infinite time when the platform gives none', () => {
    const ctx = createContext(base);
    expect(ctx.deadline).toBeUndefined();
    expect(ctx.remainingMs()).toBe(Number.POSITIVE_INFINITY);
    expect(ctx.signal.aborted).toBe(false);
    expect(ctx.raw).toEqual({ event: 1 });
  });

  it('uses the live remaining-time function when given', () => {
    let left = 1000;
    const ctx = createContext({ ...base, remaining: () => left });
    expect(ctx.remainingMs()).toBe(1000);
    left = 10;
    expect(ctx.remainingMs()).toBe(10);
    expect(ctx.deadline).toBeInstanceOf(Date);
  });

  it('aborts the signal the margin before the deadline, with a TimeoutError', async () => {
    const ctx = createContext({ ...base, deadline: Date.now() + 80, abortMarginMs: 50 });
    const reason = await new Promise<unknown>((resolve) =>
      ctx.signal.addEventListener('abort', () => resolve(ctx.signal.reason)),
    );
    expect((reason as DOMException).name).toBe('TimeoutError');
    expect(ctx.remainingMs()).toBeGreaterThan(0);
    ctx.dispose();
  });

  it('does not abort after dispose', async () => {
    const ctx = createContext({ ...base, deadline: Date.now() + 30, abortMarginMs: 0 });
    const signal = ctx.signal;
    ctx.dispose();
    await new Promise((r) => setTimeout(r, 60));
    expect(signal.aborted).toBe(false);
  });

  it('abort() aborts with the given reason (client disconnect)', () => {
    const ctx = createContext(base);
    ctx.abort('client went away');
    expect(ctx.signal.aborted).toBe(true);
    expect(ctx.signal.reason).toBe('client went away');
  });
});

describe('coldStartFlag', () => {
  it('is true once', () => {
    const cold = coldStartFlag();
    expect([cold(), cold(), cold()]).toEqual([true, false, false]);
  });
});
