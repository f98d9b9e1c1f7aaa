import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { currentContext } from '../src/current-context.js';
import { FAIL_AT_DEADLINE } from '../src/deadline.js';
import { InvocationTimeoutError } from '../src/errors.js';
import { invoke } from '../src/invoke.js';
import { onInit, resetLifecycle } from '../src/lifecycle.js';
import { createLogger } from '../src/logger.js';
import { testContext } from './helpers/context.js';

afterEach(resetLifecycle);

/** A context with a deadline `ms` away whose log lines are captured. */
function contextDueIn(ms: number) {
  const messages: string[] = [];
  const log = createLogger({
    format: 'json',
    invocationId: 'due',
    sink: (_level, line) => messages.push(JSON.parse(line).message),
  });
  const ctx = createContext({
    provider: 'local',
    functionName: 'f',
    invocationId: 'due',
    coldStart: false,
    log,
    raw: {},
    remaining: () => ms,
  });
  return { ctx, messages };
}

describe('invoke', () => {
  it('runs the work with the plan context as the current context and resolves to its result', async () => {
    const { ctx } = testContext();
    const result = await invoke({ context: ctx, run: () => currentContext()?.invocationId, deadline: {} });
    expect(result).toBe('inv');
  });

  it('runs pending onInit hooks before the work, once', async () => {
    const order: string[] = [];
    onInit(() => {
      order.push('init');
    });
    const plan = () => ({ context: testContext().ctx, run: () => order.push('run'), deadline: {} });
    await invoke(plan());
    await invoke(plan());
    expect(order).toEqual(['init', 'run', 'run']);
  });

  it('fails the invocation when an onInit hook fails, logs it and never runs the work', async () => {
    onInit(() => {
      throw new Error('no database');
    });
    const { ctx, lines } = testContext();
    let ran = false;
    const plan = {
      context: ctx,
      run: () => {
        ran = true;
      },
      deadline: {},
    };
    await expect(invoke(plan)).rejects.toThrow('no database');
    expect(ran).toBe(false);
    expect(lines.map((l) => l.record.message)).toContain('An onInit hook failed; the invocation fails');
  });

  it("leaves onInit to the work with init: 'in-run'", async () => {
    onInit(() => {
      throw new Error('left to run');
    });
    const result = await invoke({ context: testContext().ctx, run: () => 'answered', deadline: {}, init: 'in-run' });
    expect(result).toBe('answered');
  });

  it('rejects with the failure when the plan has no settle rule, and disposes the context', async () => {
    const { ctx, messages } = contextDueIn(30);
    let cleaned = 0;
    const plan = {
      context: ctx,
      run: () => Promise.reject(new Error('handler failed')),
      deadline: {},
      cleanup: () => {
        cleaned++;
      },
    };
    await expect(invoke(plan)).rejects.toThrow('handler failed');
    expect(cleaned).toBe(1);
    // Disposed: the deadline watch is gone, so no timeout line appears once the deadline has passed.
    await new Promise((r) => setTimeout(r, 60));
    expect(messages).not.toContain('Invocation timed out');
  });

  it('logs the timeout of a context that is never disposed (the check above can fail)', async () => {
    const { ctx, messages } = contextDueIn(30);
    void invoke({ context: ctx, run: () => new Promise<void>(() => {}), deadline: {} });
    await new Promise((r) => setTimeout(r, 60));
    expect(messages).toContain('Invocation timed out');
  });

  it('turns a synchronous throw of the work into the settle rule', async () => {
    const settled: unknown[] = [];
    const result = await invoke({
      context: testContext().ctx,
      run: (): string => {
        throw new TypeError('sync');
      },
      deadline: {},
      settle: (error) => {
        settled.push(error);
        return 'answer 500';
      },
    });
    expect(result).toBe('answer 500');
    expect(settled[0]).toBeInstanceOf(TypeError);
  });

  it('runs the settle rule inside the context and cleans up after it', async () => {
    const steps: string[] = [];
    const result = await invoke({
      context: testContext().ctx,
      run: () => Promise.reject(new Error('x')),
      deadline: {},
      settle: async () => {
        steps.push(`settle:${currentContext()?.invocationId}`);
        return 500;
      },
      cleanup: () => steps.push('cleanup'),
    });
    expect(result).toBe(500);
    expect(steps).toEqual(['settle:inv', 'cleanup']);
  });

  it('rejects when the settle rule itself fails, still cleaning up once', async () => {
    let cleaned = 0;
    const plan = {
      context: testContext().ctx,
      run: () => Promise.reject(new Error('first')),
      deadline: {},
      settle: (): number => {
        throw new Error('settle failed');
      },
      cleanup: () => {
        cleaned++;
      },
    };
    await expect(invoke(plan)).rejects.toThrow('settle failed');
    expect(cleaned).toBe(1);
  });

  it('settles at the deadline with FAIL_AT_DEADLINE: the invocation rejects with InvocationTimeoutError', async () => {
    const { ctx, messages } = contextDueIn(20);
    const never = new Promise<void>(() => {});
    await expect(invoke({ context: ctx, run: () => never, deadline: FAIL_AT_DEADLINE })).rejects.toBeInstanceOf(
      InvocationTimeoutError,
    );
    expect(messages).toContain('Invocation timed out');
    expect(ctx.signal.aborted).toBe(true);
  });

  it('answers with the deadline value where the platform lets the function answer (an HTTP 504)', async () => {
    const { ctx } = contextDueIn(20);
    const never = new Promise<number>(() => {});
    const status = await invoke({ context: ctx, run: () => never, deadline: { onTimeout: () => 504 } });
    expect(status).toBe(504);
  });

  it('keeps concurrent invocations apart', async () => {
    const ids = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const log = createLogger({ format: 'json', invocationId: `i${i}`, sink: () => {} });
        const context = createContext({
          provider: 'local',
          functionName: 'f',
          invocationId: `i${i}`,
          coldStart: false,
          log,
          raw: {},
        });
        const run = () => new Promise((r) => setTimeout(() => r(currentContext()?.invocationId), 50 - i));
        return invoke({ context, run, deadline: {} });
      }),
    );
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => `i${i}`));
  });
});
