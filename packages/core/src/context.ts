import type { Logger } from './logger.js';
import type { Trace } from './trace.js';
import { unwatch, type Watch, watch } from './watchdog.js';

/** Where a function runs. */
export type Provider = 'aws' | 'gcp' | 'azure' | 'local';

/**
 * What every handler gets besides its input. `raw` is the provider's own context/request, untouched.
 */
export interface Context<Raw = unknown> {
  readonly provider: Provider;
  readonly functionName: string;
  readonly invocationId: string;
  /** When the platform will stop the invocation, if known. */
  readonly deadline?: Date;
  /** Milliseconds left before `deadline`; `Infinity` when the platform gives none. */
  remainingMs(): number;
  /** Aborts `abortMarginMs` before the deadline (when known) or when the client goes away. */
  readonly signal: AbortSignal;
  /** True for the first invocation in this process. */
  readonly coldStart: boolean;
  readonly log: Logger;
  readonly trace?: Trace;
  readonly raw: Raw;
}

/** What an adapter knows at the start of an invocation. */
export interface ContextInit<Raw = unknown> {
  readonly provider: Provider;
  readonly functionName: string;
  readonly invocationId: string;
  /** Epoch milliseconds. */
  readonly deadline?: number;
  /** Live remaining time when the platform offers it (Lambda's `getRemainingTimeInMillis`). */
  readonly remaining?: () => number;
  readonly coldStart: boolean;
  readonly log: Logger;
  /** The trace, or a function that finds it on first access (reading env or headers costs). */
  readonly trace?: Trace | (() => Trace | undefined);
  readonly raw: Raw;
  /** How long before the deadline `signal` aborts; default 500 ms. */
  readonly abortMarginMs?: number;
}

/** Default time between `signal` aborting and the platform's deadline. */
export const DEFAULT_ABORT_MARGIN_MS = 500;

/** A context plus the adapter-only controls: abort on disconnect and release the timer. */
export interface ContextHandle<Raw = unknown> extends Context<Raw> {
  abort(reason?: unknown): void;
  /** Watches the invocation's deadline with the process-wide timer until `dispose()`. */
  track(w: Watch): void;
  dispose(): void;
}

class InvocationContextImpl<Raw> implements ContextHandle<Raw> {
  readonly provider: Provider;
  readonly functionName: string;
  readonly invocationId: string;
  readonly coldStart: boolean;
  readonly log: Logger;
  readonly raw: Raw;
  readonly #init: ContextInit<Raw>;
  #trace: Trace | undefined | null = null;
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watch: Watch | undefined;
  #disposed = false;

  constructor(init: ContextInit<Raw>) {
    this.#init = init;
    this.provider = init.provider;
    this.functionName = init.functionName;
    this.invocationId = init.invocationId;
    this.coldStart = init.coldStart;
    this.log = init.log;
    this.raw = init.raw;
  }

  get trace(): Trace | undefined {
    if (this.#trace === null) {
      const t = this.#init.trace;
      this.#trace = typeof t === 'function' ? t() : t;
    }
    return this.#trace;
  }

  get deadline(): Date | undefined {
    const ms = this.#deadlineMs();
    return ms === undefined ? undefined : new Date(ms);
  }

  remainingMs(): number {
    if (this.#init.remaining) return Math.max(0, this.#init.remaining());
    const ms = this.#init.deadline;
    return ms === undefined ? Number.POSITIVE_INFINITY : Math.max(0, ms - Date.now());
  }

  // Built on first access: most handlers never read it, and a controller plus a timer per call costs.
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      const left = this.remainingMs();
      if (Number.isFinite(left) && !this.#disposed) {
        const margin = this.#init.abortMarginMs ?? DEFAULT_ABORT_MARGIN_MS;
        const controller = this.#controller;
        this.#timer = setTimeout(
          () => controller.abort(new DOMException('The invocation is about to reach its deadline', 'TimeoutError')),
          Math.max(0, left - margin),
        );
        this.#timer.unref?.();
      }
    }
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    if (!this.#controller) this.#controller = new AbortController();
    this.#controller.abort(reason);
  }

  track(w: Watch): void {
    if (this.#disposed) return;
    this.#watch = w;
    watch(w);
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#watch !== undefined) unwatch(this.#watch);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #deadlineMs(): number | undefined {
    if (this.#init.deadline !== undefined) return this.#init.deadline;
    if (this.#init.remaining) return Date.now() + this.#init.remaining();
    return undefined;
  }
}

/**
 * Creates the context of one invocation (for adapter authors).
 *
 * @example
 * const ctx = createContext({ provider: 'local', functionName: 'api', invocationId: '1', coldStart: false, log, raw: {} })
 */
export function createContext<Raw>(init: ContextInit<Raw>): ContextHandle<Raw> {
  return new InvocationContextImpl(init);
}

/**
 * Returns a function that answers `true` on its first call only: an adapter's cold-start flag.
 *
 * @example
 * const isCold = coldStartFlag(); isCold() // true, then false
 */
export function coldStartFlag(): () => boolean {
  let cold = true;
  return () => {
    const was = cold;
    cold = false;
    return was;
  };
}
