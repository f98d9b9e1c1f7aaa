import { afterEach, describe, expect, it } from 'vitest';
import { createContext, DEFAULT_ABORT_MARGIN_MS } from '../src/context.js';
import { abortMarginOf, FAIL_AT_DEADLINE, watchDeadline } from '../src/deadline.js';
import { DefinitionError, InvocationTimeoutError } from '../src/errors.js';
import { createLogger } from '../src/logger.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function deadlineContext(timeoutMs: number | undefined, abortMarginMs?: number) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ format: 'json', invocationId: 'inv-d', sink: (_l, line) => lines.push(JSON.parse(line)) });
  const ctx = createContext({
    provider: 'local',
    functionName: 'f',
    invocationId: 'inv-d',
    coldStart: false,
    log,
    raw: {},
    deadline: timeoutMs === undefined ? undefined : Date.now() + timeoutMs,
    abortMarginMs,
  });
  return { ctx, lines };
}

describe('abortMarginOf', () => {
  afterEach(() => {
    delete process.env.FAASPORT_ABORT_MARGIN_MS;
  });

  it('takes the option first, then FAASPORT_ABORT_MARGIN_MS, then 500', () => {
    process.env.FAASPORT_ABORT_MARGIN_MS = '1200';
    expect(abortMarginOf({ abortMarginMs: 50 })).toBe(50);
    expect(abortMarginOf({})).toBe(1200);
    delete process.env.FAASPORT_ABORT_MARGIN_MS;
    expect(abortMarginOf(undefined)).toBe(DEFAULT_ABORT_MARGIN_MS);
  });

  it('refuses a negative or non-numeric margin with a DefinitionError naming where it came from', () => {
    expect(() => abortMarginOf({ abortMarginMs: -1 })).toThrow(DefinitionError);
    process.env.FAASPORT_ABORT_MARGIN_MS = 'soon';
    expect(() => abortMarginOf({})).toThrow(/FAASPORT_ABORT_MARGIN_MS must be a number of milliseconds/);
  });
});

describe('watchDeadline', () => {
  it('returns the very promise when there is no deadline', () => {
    const { ctx } = deadlineContext(undefined);
    const work = Promise.resolve(1);
    expect(watchDeadline(ctx, work, FAIL_AT_DEADLINE)).toBe(work);
  });

  it('logs "Invocation timed out" with the invocation id at the deadline and aborts the signal, leaving the result alone', async () => {
    const { ctx, lines } = deadlineContext(40);
    const result = await watchDeadline(
      ctx,
      sleep(90).then(() => 'finished'),
      {},
    );
    expect(result).toBe('finished');
    const line = lines.find((l) => l.message === 'Invocation timed out');
    expect(line).toMatchObject({ level: 'error', invocationId: 'inv-d' });
    expect(ctx.signal.aborted).toBe(true);
    expect(ctx.signal.reason).toBeInstanceOf(InvocationTimeoutError);
    ctx.dispose();
  });

  it('writes nothing when the work ends before the deadline and the context is disposed', async () => {
    const { ctx, lines } = deadlineContext(40);
    await watchDeadline(ctx, Promise.resolve('quick'), {});
    ctx.dispose();
    await sleep(70);
    expect(lines).toEqual([]);
  });

  it('acts earlyMs before the deadline', async () => {
    const { ctx, lines } = deadlineContext(200, 0);
    const start = Date.now();
    let at = -1;
    await watchDeadline(
      ctx,
      new Promise<void>((resolve) =>
        ctx.signal.addEventListener('abort', () => {
          at = Date.now() - start;
          resolve();
        }),
      ),
      { earlyMs: 150 },
    );
    expect(lines.some((l) => l.message === 'Invocation timed out')).toBe(true);
    expect(at).toBeGreaterThanOrEqual(30);
    expect(at).toBeLessThan(140);
    ctx.dispose();
  });

  it('settles with onTimeout at the deadline and logs that the late result was discarded', async () => {
    const { ctx, lines } = deadlineContext(30);
    const result = await watchDeadline(
      ctx,
      sleep(80).then(() => 'late'),
      { onTimeout: (error) => `timeout after ${error.timeoutMs > 0}` },
    );
    expect(result).toBe('timeout after true');
    await sleep(80);
    expect(lines.map((l) => l.message)).toEqual([
      'Invocation timed out',
      'The handler finished after the invocation timed out; its result was discarded',
    ]);
  });

  it('FAIL_AT_DEADLINE rejects with InvocationTimeoutError; a late failure is logged, not unhandled', async () => {
    const { ctx, lines } = deadlineContext(30);
    const work = sleep(60).then(() => {
      throw new Error('late failure');
    });
    await expect(watchDeadline(ctx, work, FAIL_AT_DEADLINE)).rejects.toBeInstanceOf(InvocationTimeoutError);
    await sleep(60);
    expect(lines.at(-1)).toMatchObject({ level: 'warn', message: 'The handler failed after the invocation timed out' });
  });

  it('passes the work’s own result or failure through when it is in time', async () => {
    const { ctx } = deadlineContext(500);
    await expect(watchDeadline(ctx, Promise.resolve('ok'), FAIL_AT_DEADLINE)).resolves.toBe('ok');
    await expect(watchDeadline(ctx, Promise.reject(new Error('own')), FAIL_AT_DEADLINE)).rejects.toThrow('own');
    ctx.dispose();
  });
});

describe('ctx.signal and remainingMs with a deadline', () => {
  it('aborts abortMarginMs before the deadline with a TimeoutError, and remainingMs counts down', async () => {
    const { ctx } = deadlineContext(120, 80);
    expect(ctx.remainingMs()).toBeGreaterThan(100);
    expect(ctx.remainingMs()).toBeLessThanOrEqual(120);
    const start = Date.now();
    await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
    const took = Date.now() - start;
    expect(took).toBeGreaterThanOrEqual(25);
    expect(took).toBeLessThan(90);
    expect((ctx.signal.reason as DOMException).name).toBe('TimeoutError');
    expect(ctx.remainingMs()).toBeLessThanOrEqual(95);
    ctx.dispose();
  });
});
