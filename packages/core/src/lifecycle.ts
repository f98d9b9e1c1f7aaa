import { outsideContext } from './current-context.js';
import { describeThrown } from './describe-thrown.js';
import { DefinitionError, InitError } from './errors.js';
import type { Logger } from './logger.js';

/** A lifecycle hook: `onInit` and `onShutdown` await what it returns. */
export type LifecycleHook = () => void | Promise<void>;

/** How an adapter runs the shutdown hooks on its platform. */
export interface ShutdownPlan {
  /** The time the platform leaves before it kills the process; hooks still running then are abandoned. */
  readonly timeoutMs: number;
  /** Where the outcome is logged (a hook's failure, a timeout). */
  readonly log: Logger;
}

interface LifecycleState {
  readonly init: LifecycleHook[];
  readonly shutdown: LifecycleHook[];
  running: Promise<void> | undefined;
  finished: Promise<boolean> | undefined;
  readonly signals: Map<NodeJS.Signals, ShutdownPlan>;
  readonly armed: Set<NodeJS.Signals>;
}

// Shared through globalThis: user code may import the ESM build of core while an adapter bundle
// carries the CJS one; both must see the same hooks.
const KEY = Symbol.for('faasport.lifecycle');
const holder = globalThis as { [KEY]?: LifecycleState };
const state: LifecycleState = holder[KEY] ?? {
  init: [],
  shutdown: [],
  running: undefined,
  finished: undefined,
  signals: new Map(),
  armed: new Set(),
};
holder[KEY] = state;

function checked(kind: string, fn: unknown): LifecycleHook {
  if (typeof fn !== 'function') throw new DefinitionError(`${kind}() expects a function, got ${typeof fn}`);
  return fn as LifecycleHook;
}

function remover(list: LifecycleHook[], fn: LifecycleHook): () => void {
  return () => {
    const at = list.indexOf(fn);
    if (at >= 0) list.splice(at, 1);
  };
}

/**
 * Registers work to run once per instance before its first invocation, awaited (hooks run in the
 * order registered; an invocation waits for all of them). If a hook fails, the invocation fails with
 * `InitError` and the next invocation runs the failed hook again. Returns a function that removes it.
 *
 * @example
 * let db: Db
 * onInit(async () => { db = await connect(process.env.DB_URL) })
 */
export function onInit(fn: LifecycleHook): () => void {
  const hook = checked('onInit', fn);
  state.init.push(hook);
  return remover(state.init, hook);
}

/**
 * Registers work to run once when the platform shuts the instance down (SIGTERM on Lambda with an
 * extension and on Cloud Run, `appTerminate` on Azure). Hooks run concurrently and are bounded by
 * the time the platform leaves; a failure or an overrun is logged. Returns a function that removes it.
 *
 * @example
 * onShutdown(() => db.close())
 */
export function onShutdown(fn: LifecycleHook): () => void {
  const hook = checked('onShutdown', fn);
  state.shutdown.push(hook);
  armSignals();
  return remover(state.shutdown, hook);
}

/**
 * The `onInit` hooks still to finish, or `undefined` when there are none (for adapter authors: await
 * it before the first handler call; the check is one branch on the hot path).
 *
 * @example
 * const init = pendingInit(); if (init) await init
 */
export function pendingInit(): Promise<void> | undefined {
  if (state.running) return state.running;
  if (state.init.length === 0) return undefined;
  // Outside any invocation's context: what a hook starts must not keep the first caller's context.
  const running = outsideContext(runInitHooks);
  state.running = running;
  running.then(
    () => {
      state.running = undefined;
    },
    () => {
      state.running = undefined;
    },
  );
  return running;
}

/**
 * `pendingInit()` for an event invocation: a failed hook is logged on the invocation's logger before
 * the rejection fails the invocation (for adapter authors).
 *
 * @example
 * const init = initFor(ctx); if (init) await init
 */
export function initFor(ctx: { readonly log: Logger }): Promise<void> | undefined {
  const init = pendingInit();
  if (!init) return undefined;
  return init.catch((error: unknown) => {
    ctx.log.error('An onInit hook failed; the invocation fails', { error });
    throw error;
  });
}

// A hook may throw anything: undefined, a revoked proxy, an Error whose message getter throws.
function detailOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message;
  } catch {
    // unreadable: described below
  }
  return describeThrown(error);
}

async function runInitHooks(): Promise<void> {
  while (state.init.length > 0) {
    const hook = state.init[0] as LifecycleHook;
    try {
      await hook();
    } catch (error) {
      throw new InitError(`an onInit hook failed (${detailOf(error)}); the next invocation runs it again`, {
        cause: error,
      });
    }
    // Removed only once it succeeded, so a failed hook is retried.
    if (state.init[0] === hook) state.init.shift();
  }
}

/**
 * Runs every `onShutdown` hook once, concurrently, bounded by `plan.timeoutMs`; resolves `true` when
 * all finished in time without error. Later calls get the first run's outcome (for adapter authors).
 *
 * @example
 * azure.app.hook.appTerminate(() => runShutdown({ timeoutMs: 10_000, log }))
 */
export function runShutdown(plan: ShutdownPlan): Promise<boolean> {
  state.finished ??= outsideContext(() => runShutdownHooks(plan));
  return state.finished;
}

async function runShutdownHooks(plan: ShutdownPlan): Promise<boolean> {
  const hooks = [...state.shutdown];
  if (hooks.length === 0) return true;
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overrun = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), plan.timeoutMs);
  });
  const settled = Promise.allSettled(hooks.map((hook) => Promise.resolve().then(hook)));
  const outcome = await Promise.race([settled, overrun]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    plan.log.error('onShutdown hooks did not finish in time', { timeoutMs: plan.timeoutMs, hooks: hooks.length });
    return false;
  }
  const failures = outcome.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  for (const failure of failures) plan.log.error('An onShutdown hook failed', { error: failure.reason });
  if (failures.length === 0) {
    plan.log.info('Shutdown hooks finished', { hooks: hooks.length, durationMs: Date.now() - started });
  }
  return failures.length === 0;
}

/**
 * Runs the shutdown hooks when the process gets `signal`, then exits: 0 when every hook finished in
 * time, 1 otherwise. While they run, `process.exit` calls from other handlers (the Functions Framework
 * exits from its own SIGTERM handler) are held and honoured afterwards. The listener is added only
 * once an `onShutdown` hook exists, so a process without hooks keeps Node's default (for adapter authors).
 *
 * @example
 * shutdownOnSignal('SIGTERM', { timeoutMs: 9_000, log })
 */
export function shutdownOnSignal(signal: NodeJS.Signals, plan: ShutdownPlan): void {
  if (!state.signals.has(signal)) state.signals.set(signal, plan);
  armSignals();
}

function armSignals(): void {
  if (state.shutdown.length === 0 || typeof process === 'undefined') return;
  for (const [signal, plan] of state.signals) {
    if (state.armed.has(signal)) continue;
    state.armed.add(signal);
    // Prepended: it must run before any handler that exits, so the exit can be held.
    process.prependListener(signal, () => onSignal(signal, plan));
  }
}

function onSignal(signal: NodeJS.Signals, plan: ShutdownPlan): void {
  const exit = process.exit;
  let requested: number | undefined;
  process.exit = ((code?: number | string | null) => {
    if (code !== undefined && code !== null) requested = Number(code);
  }) as typeof process.exit;
  plan.log.info('Shutting down', { signal, hooks: state.shutdown.length, timeoutMs: plan.timeoutMs });
  void runShutdown(plan).then((ok) => {
    process.exit = exit;
    process.exit(ok ? (requested ?? 0) : 1);
  });
}

/**
 * Forgets every hook and outcome (for tests that register hooks in one process).
 *
 * @example
 * afterEach(resetLifecycle)
 */
export function resetLifecycle(): void {
  state.init.length = 0;
  state.shutdown.length = 0;
  state.running = undefined;
  state.finished = undefined;
}
