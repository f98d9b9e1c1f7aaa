/** Time source and timer of the scheduler, injectable so tests need no real waiting. */
export interface Clock {
  now(): number;
  /** Calls `fn` after `ms`; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

/**
 * The real clock: `Date.now` and an unref'd `setTimeout` (a pending tick never keeps the process alive).
 *
 * @example
 * startSchedules(defs, fire, systemClock)
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, ms);
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};
