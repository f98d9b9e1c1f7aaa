/** One invocation being watched: `fire` runs once if it is still active at `at` (epoch ms). */
export interface Watch {
  readonly at: number;
  fire(): void;
}

// One timer for the whole process instead of one per invocation (a setTimeout/clearTimeout pair costs
// about 0.4 µs on the hot path). It is armed for the earliest deadline; when it fires it handles what
// is due and re-arms for the next one, so invocations that finish in time cost a Set add and delete.
const active = new Set<Watch>();
let timer: ReturnType<typeof setTimeout> | undefined;
let armedAt = Number.POSITIVE_INFINITY;

function arm(at: number): void {
  if (timer !== undefined) clearTimeout(timer);
  armedAt = at;
  timer = setTimeout(tick, Math.max(0, at - Date.now()));
  timer.unref?.();
}

function tick(): void {
  timer = undefined;
  armedAt = Number.POSITIVE_INFINITY;
  const now = Date.now();
  let next = Number.POSITIVE_INFINITY;
  for (const watch of active) {
    if (watch.at <= now) {
      active.delete(watch);
      watch.fire();
    } else if (watch.at < next) {
      next = watch.at;
    }
  }
  if (next !== Number.POSITIVE_INFINITY) arm(next);
}

/**
 * Starts watching: `watch.fire()` runs at `watch.at` unless `unwatch(watch)` came first.
 *
 * @example
 * watch({ at: Date.now() + 1000, fire: () => log.error('late') })
 */
export function watch(w: Watch): void {
  active.add(w);
  if (w.at < armedAt) arm(w.at);
}

/**
 * Stops watching (the invocation finished); the shared timer stays armed for others.
 *
 * @example
 * unwatch(w)
 */
export function unwatch(w: Watch): void {
  active.delete(w);
}
