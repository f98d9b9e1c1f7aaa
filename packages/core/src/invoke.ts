// The one place that sequences an invocation: context → onInit → run, watched against the deadline →
// settle → dispose. Every adapter's HTTP and event paths describe their invocation as a plan and call
// `invoke`; none of them assembles the steps itself.
import type { ContextHandle } from './context.js';
import { runWithContext } from './current-context.js';
import { type DeadlineOptions, watchDeadline } from './deadline.js';
import { initFor } from './lifecycle.js';

/** One invocation, described once by an adapter (for adapter authors). */
export interface InvocationPlan<R, Raw = unknown> {
  /** The invocation's context, built by the adapter (its `context.ts`). */
  readonly context: ContextHandle<Raw>;
  /** The work. Runs with `context` as the current context, after pending `onInit` hooks unless `init` is `'in-run'`. */
  readonly run: (ctx: ContextHandle<Raw>) => R | Promise<R>;
  /**
   * What the deadline does: settle with a value (an HTTP 504), reject (`FAIL_AT_DEADLINE`: an event is retried), or
   * only log (`{}`: the platform stops the invocation itself, as Lambda does).
   */
  readonly deadline: DeadlineOptions<R>;
  /**
   * `'await'` (default): pending `onInit` hooks run first and a failed one fails the invocation (logged).
   * `'in-run'`: `run` awaits them itself — `runHttp` does, and answers a failed hook with a 500.
   */
  readonly init?: 'await' | 'in-run';
  /** Turns a failure into the platform's answer where it has one (an HTTP 500); without it the invocation rejects. */
  readonly settle?: (error: unknown, ctx: ContextHandle<Raw>) => R | Promise<R>;
  /** Runs once the invocation has settled, before the context is disposed (detach a listener, say). */
  readonly cleanup?: () => void;
}

/**
 * Runs one invocation as its plan says (for adapter authors): the context is current for everything the work
 * starts, `onInit` hooks run first, the deadline is watched, a failure is settled by the plan's rule, and the
 * context is disposed exactly once, whatever happened.
 *
 * @example
 * const result = await invoke({ context: ctx, run: (c) => handle(event, c), deadline: FAIL_AT_DEADLINE })
 */
export function invoke<R, Raw>(plan: InvocationPlan<R, Raw>): Promise<R> {
  let running: Promise<R>;
  try {
    // Promise chains, not async functions: every await costs a promise, and under AsyncLocalStorage on Node 20
    // every promise runs hooks.
    running = runWithContext(plan.context, start, plan);
  } catch (error) {
    running = Promise.reject(error);
  }
  return running.then(
    (value) => {
      finish(plan);
      return value;
    },
    (error: unknown) => settleFailure(plan, error),
  );
}

function start<R, Raw>(plan: InvocationPlan<R, Raw>): Promise<R> {
  const ctx = plan.context;
  const init = plan.init === 'in-run' ? undefined : initFor(ctx);
  const work = init ? init.then(() => plan.run(ctx)) : toPromise(plan.run, ctx);
  return watchDeadline(ctx, work, plan.deadline);
}

function toPromise<R, Raw>(run: InvocationPlan<R, Raw>['run'], ctx: ContextHandle<Raw>): Promise<R> {
  try {
    const out = run(ctx);
    return out instanceof Promise ? out : Promise.resolve(out);
  } catch (error) {
    return Promise.reject(error);
  }
}

function settleFailure<R, Raw>(plan: InvocationPlan<R, Raw>, error: unknown): R | Promise<R> {
  const settle = plan.settle;
  if (!settle) {
    finish(plan);
    throw error;
  }
  let settled: R | Promise<R>;
  try {
    settled = runWithContext(plan.context, settle, error, plan.context);
  } catch (failure) {
    finish(plan);
    throw failure;
  }
  if (!(settled instanceof Promise)) {
    finish(plan);
    return settled;
  }
  return settled.then(
    (value) => {
      finish(plan);
      return value;
    },
    (failure: unknown) => {
      finish(plan);
      throw failure;
    },
  );
}

function finish<R, Raw>(plan: InvocationPlan<R, Raw>): void {
  try {
    plan.cleanup?.();
  } finally {
    plan.context.dispose();
  }
}
