import { afterEach, describe, expect, it } from 'vitest';
import { currentContext, runWithContext } from '../src/current-context.js';
import { DefinitionError, InitError } from '../src/errors.js';
import { http } from '../src/http.js';
import {
  initFor,
  onInit,
  onShutdown,
  pendingInit,
  resetLifecycle,
  runShutdown,
  shutdownOnSignal,
} from '../src/lifecycle.js';
import { createLogger } from '../src/logger.js';
import { runHttp } from '../src/run-http.js';
import { testContext } from './helpers/context.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function shutdownLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    format: 'json',
    invocationId: 'shutdown',
    sink: (_l, line) => lines.push(JSON.parse(line)),
  });
  return { log, lines };
}

afterEach(resetLifecycle);

describe('onInit', () => {
  it('refuses what is not a function', () => {
    expect(() => onInit('connect' as never)).toThrow(DefinitionError);
    expect(() => onShutdown(undefined as never)).toThrow(/onShutdown\(\) expects a function, got undefined/);
  });

  it('has nothing pending without hooks', () => {
    expect(pendingInit()).toBeUndefined();
  });

  it('runs hooks once, in order, before the first handler; concurrent first calls share the run', async () => {
    const order: string[] = [];
    onInit(async () => {
      await sleep(10);
      order.push('config');
    });
    onInit(() => {
      order.push('db');
    });
    const def = http(() => new Response(order.join(',')));
    const bodies = await Promise.all(
      [1, 2, 3].map(async () => (await runHttp(def, new Request('http://x/'), testContext().ctx)).text()),
    );
    expect(bodies).toEqual(['config,db', 'config,db', 'config,db']);
    expect(order).toEqual(['config', 'db']);
    expect(pendingInit()).toBeUndefined();
  });

  it('runs hooks outside the invocation that triggered them', async () => {
    let seen: unknown = 'not run';
    onInit(() => {
      seen = currentContext();
    });
    const { ctx } = testContext();
    await runWithContext(ctx, () => pendingInit());
    expect(seen).toBeUndefined();
  });

  it('answers a logged 500 when a hook fails, then retries the failed hook on the next invocation', async () => {
    let attempts = 0;
    onInit(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('db unreachable');
    });
    const def = http(() => new Response('served'));
    const first = testContext();
    const res = await runHttp(def, new Request('http://x/'), first.ctx);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal Server Error');
    const error = first.lines[0]?.record.error as { name: string; message: string; cause: { message: string } };
    expect(error.name).toBe('InitError');
    expect(error.message).toMatch(/an onInit hook failed \(db unreachable\)/);
    expect(error.cause.message).toBe('db unreachable');
    const second = await runHttp(def, new Request('http://x/'), testContext().ctx);
    expect(await second.text()).toBe('served');
    expect(attempts).toBe(2);
  });

  it.each([
    ['undefined', undefined, 'undefined'],
    ['a number', 42, '42'],
    [
      'an Error whose message getter throws',
      Object.defineProperty(new Error('x'), 'message', {
        get() {
          throw new Error('no');
        },
      }),
      'Error',
    ],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      })(),
      'Unreadable',
    ],
  ])('a hook that throws %s still fails with a readable InitError', async (_name, thrown, says) => {
    onInit(() => {
      throw thrown;
    });
    const { ctx } = testContext();
    const failure = await initFor(ctx)?.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InitError);
    expect((failure as InitError).message).toContain(`an onInit hook failed (`);
    expect((failure as InitError).message).toContain(says);
    expect((failure as InitError).cause).toBe(thrown);
  });

  it('initFor logs the failure on the invocation and rejects with InitError', async () => {
    onInit(() => Promise.reject(new Error('no config')));
    const { ctx, lines } = testContext();
    await expect(initFor(ctx)).rejects.toBeInstanceOf(InitError);
    expect(lines[0]?.record.message).toBe('An onInit hook failed; the invocation fails');
  });
});

describe('runShutdown', () => {
  it('runs every hook concurrently, once, and resolves true', async () => {
    const order: string[] = [];
    onShutdown(async () => {
      await sleep(30);
      order.push('slow');
    });
    onShutdown(() => {
      order.push('fast');
    });
    const { log, lines } = shutdownLog();
    const started = Date.now();
    expect(await runShutdown({ timeoutMs: 1000, log })).toBe(true);
    expect(Date.now() - started).toBeLessThan(200);
    expect(order).toEqual(['fast', 'slow']);
    expect(await runShutdown({ timeoutMs: 1000, log })).toBe(true);
    expect(order).toHaveLength(2);
    expect(lines.at(-1)).toMatchObject({ message: 'Shutdown hooks finished', hooks: 2 });
  });

  it('gives up at timeoutMs, logs the overrun and resolves false', async () => {
    onShutdown(() => sleep(1000));
    const { log, lines } = shutdownLog();
    const started = Date.now();
    expect(await runShutdown({ timeoutMs: 40, log })).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
    expect(lines[0]).toMatchObject({
      level: 'error',
      message: 'onShutdown hooks did not finish in time',
      timeoutMs: 40,
    });
  });

  it('logs each failed hook and resolves false, while the others still run', async () => {
    let closed = false;
    onShutdown(() => {
      throw new Error('flush failed');
    });
    onShutdown(() => {
      closed = true;
    });
    const { log, lines } = shutdownLog();
    expect(await runShutdown({ timeoutMs: 1000, log })).toBe(false);
    expect(closed).toBe(true);
    expect((lines[0]?.error as { message: string } | undefined)?.message).toBe('flush failed');
  });

  it('removes a hook with the function onShutdown returned', async () => {
    let ran = false;
    const remove = onShutdown(() => {
      ran = true;
    });
    remove();
    expect(await runShutdown({ timeoutMs: 100, log: shutdownLog().log })).toBe(true);
    expect(ran).toBe(false);
  });
});

describe('shutdownOnSignal', () => {
  it('adds its listener only once an onShutdown hook exists, and only once', () => {
    const before = process.listeners('SIGUSR2');
    shutdownOnSignal('SIGUSR2', { timeoutMs: 100, log: shutdownLog().log });
    shutdownOnSignal('SIGUSR2', { timeoutMs: 100, log: shutdownLog().log });
    expect(process.listenerCount('SIGUSR2')).toBe(before.length);
    onShutdown(() => undefined);
    onShutdown(() => undefined);
    const added = process.listeners('SIGUSR2').filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    // Prepended, so it runs before a handler that exits.
    expect(process.listeners('SIGUSR2')[0]).toBe(added[0]);
    for (const listener of added) process.removeListener('SIGUSR2', listener);
  });
});
