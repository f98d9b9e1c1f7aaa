import { type ContextHandle, DEFAULT_ABORT_MARGIN_MS } from './context.js';
import { DefinitionError, InvocationTimeoutError } from './errors.js';
import { unwatch, type Watch } from './watchdog.js';

const MARGIN_ENV = 'FAASPORT_ABORT_MARGIN_MS';

/** What every definition's options may say about time. */
export interface TimingOptions {
  /** The platform timeout you configured, in seconds; lets `ctx.signal` abort on clouds that do not tell the function. */
  readonly timeoutSeconds?: number;
  /** How long before the deadline `ctx.signal` aborts. Default: `FAASPORT_ABORT_MARGIN_MS`, else 500. */
  readonly abortMarginMs?: number;
}

/** How `watchDeadline` ends an invocation that runs past its deadline. */
export interface DeadlineOptions<T> {
  /**
   * Settles the invocation at the deadline (an HTTP 504, or a rejection that fails an event) where the
   * platform lets the function answer. Without it the timeout is only logged: the platform stops the
   * invocation itself (Lambda).
   */
  readonly onTimeout?: (error: InvocationTimeoutError) => T;
  /** Acts this long before the deadline; Lambda freezes the process at the deadline itself. */
  readonly earlyMs?: number;
}

/**
 * `watchDeadline` options for an event where the platform lets the function fail: at the deadline the
 * invocation rejects with `InvocationTimeoutError`, so the event is retried, never acknowledged.
 *
 * @example
 * await watchDeadline(ctx, handle(event), FAIL_AT_DEADLINE)
 */
export const FAIL_AT_DEADLINE: DeadlineOptions<never> = {
  onTimeout: (error) => {
    throw error;
  },
};

function checkMargin(value: number, where: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new DefinitionError(`${where} must be a number of milliseconds, 0 or more, got ${String(value)}`);
  }
  return value;
}

/**
 * The abort margin of a definition: its `abortMarginMs` option, else `FAASPORT_ABORT_MARGIN_MS`,
 * else 500 ms. Read once when a definition is wrapped; a bad value is a `DefinitionError` (for adapter authors).
 *
 * @example
 * const margin = abortMarginOf(def.options)
 */
export function abortMarginOf(options: TimingOptions | undefined): number {
  const own = options?.abortMarginMs;
  if (own !== undefined) return checkMargin(own, 'options.abortMarginMs');
  const env = typeof process === 'undefined' ? undefined : process.env[MARGIN_ENV];
  if (env === undefined || env.trim() === '') return DEFAULT_ABORT_MARGIN_MS;
  return checkMargin(Number(env), MARGIN_ENV);
}

function timedOut(ctx: ContextHandle, timeoutMs: number): InvocationTimeoutError {
  const error = new InvocationTimeoutError(timeoutMs);
  ctx.log.error('Invocation timed out', { error, timeoutMs, deadline: ctx.deadline?.toISOString() });
  ctx.abort(error);
  return error;
}

class LogOnlyWatch implements Watch {
  readonly at: number;
  readonly #ctx: ContextHandle;
  readonly #timeoutMs: number;
  constructor(ctx: ContextHandle, at: number, timeoutMs: number) {
    this.#ctx = ctx;
    this.at = at;
    this.#timeoutMs = timeoutMs;
  }
  fire(): void {
    timedOut(this.#ctx, this.#timeoutMs);
  }
}

/**
 * Watches `work` against the invocation's deadline until `ctx.dispose()` (for adapter authors). At
 * the deadline (less `earlyMs`) it logs an `Invocation timed out` error line with the invocation id and aborts
 * `ctx.signal`; with `onTimeout` it settles with that value and the late result is discarded (logged).
 * Without a known deadline it returns `work` untouched.
 *
 * @example
 * const res = await watchDeadline(ctx, runHttp(def, req, ctx), { onTimeout: () => new Response(null, { status: 504 }) })
 */
export function watchDeadline<T>(ctx: ContextHandle, work: Promise<T>, options: DeadlineOptions<T>): Promise<T> {
  const left = ctx.remainingMs();
  if (!Number.isFinite(left)) return work;
  const at = Date.now() + Math.max(0, left - (options.earlyMs ?? 0));
  const onTimeout = options.onTimeout;
  if (onTimeout) return race(ctx, work, left, at, onTimeout);
  // Unwatched by ctx.dispose(): no extra promise per invocation.
  ctx.track(new LogOnlyWatch(ctx, at, left));
  return work;
}

function race<T>(
  ctx: ContextHandle,
  work: Promise<T>,
  left: number,
  at: number,
  onTimeout: (error: InvocationTimeoutError) => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let late = false;
    const w: Watch = {
      at,
      fire() {
        late = true;
        try {
          resolve(onTimeout(timedOut(ctx, left)));
        } catch (error) {
          reject(error);
        }
      },
    };
    ctx.track(w);
    work.then(
      (value) => {
        unwatch(w);
        if (late) ctx.log.warn('The handler finished after the invocation timed out; its result was discarded');
        else resolve(value);
      },
      (error: unknown) => {
        unwatch(w);
        if (late) ctx.log.warn('The handler failed after the invocation timed out', { error });
        else reject(error);
      },
    );
  });
}
