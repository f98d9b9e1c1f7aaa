import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from './context.js';

// One store per process, shared through globalThis: the ESM and CJS builds of core (and of each
// adapter's bundle) each carry their own copy of this module, and a context set by one copy must be
// found by another.
const KEY = Symbol.for('faasport.currentContext');
type Holder = { [KEY]?: AsyncLocalStorage<Context> };
const holder = globalThis as Holder;
const storage: AsyncLocalStorage<Context> = holder[KEY] ?? new AsyncLocalStorage<Context>();
holder[KEY] = storage;

/**
 * The context of the invocation the calling code runs for, found through `AsyncLocalStorage`, so code
 * deep below a handler (a repository, a logger wrapper) needs no `ctx` argument. `undefined` outside
 * an invocation (module scope, `onInit`/`onShutdown` hooks, timers started before any invocation).
 * Each of many concurrent invocations in one process (Cloud Run, Azure) sees its own.
 *
 * @example
 * export async function save(order: Order) {
 *   currentContext()?.log.info('saving order', { id: order.id })
 * }
 */
export function currentContext(): Context | undefined {
  return storage.getStore();
}

/**
 * Runs `fn(...args)` with `ctx` as the current context (for adapter authors): every callback, promise
 * and timer started inside sees it through `currentContext()`. Passing `args` spares a closure per call.
 *
 * @example
 * const res = await runWithContext(ctx, () => runHttp(def, request, ctx))
 */
export function runWithContext<A extends unknown[], T>(ctx: Context, fn: (...args: A) => T, ...args: A): T {
  return storage.run(ctx, fn, ...args);
}

/**
 * Runs `fn` outside any invocation's context, so what it starts (a connection pool's timers in an
 * `onInit` hook) never keeps the context of the invocation that happened to trigger it.
 *
 * @example
 * const ready = outsideContext(() => connect())
 */
export function outsideContext<T>(fn: () => T): T {
  return storage.exit(fn);
}
