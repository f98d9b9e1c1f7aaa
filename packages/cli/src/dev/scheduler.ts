import type { ScheduleDefinition, ScheduleSpec } from '@faasport/core';
import type { Clock } from './clock.js';
import { compileCron, nextCronTime } from './cron.js';

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
// setTimeout fires at once for delays over 2^31-1 ms; longer waits are taken in steps.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * When a schedule next fires after `after` (UTC): `rate(N unit)` every N units from `after`, a cron at
 * its next matching minute; `undefined` when a cron never fires.
 *
 * @example
 * nextTick(parseSchedule('rate(5 minutes)'), new Date(0)) // 1970-01-01T00:05:00.000Z
 */
export function nextTick(spec: ScheduleSpec, after: Date): Date | undefined {
  if (spec.kind === 'rate') return new Date(after.getTime() + spec.value * UNIT_MS[spec.unit]);
  return nextCronTime(compileCron(spec), after);
}

/** What fires a tick: the export name, its definition and the scheduled time. */
export type FireTick = (name: string, def: ScheduleDefinition, scheduledTime: Date) => Promise<void>;

/** Running schedules; `stop()` cancels every pending tick. */
export interface Schedules {
  /** Next planned tick per export name. */
  readonly next: ReadonlyMap<string, Date>;
  stop(): void;
}

/**
 * Ticks every schedule definition on its schedule, from `clock.now()`: each tick is planned from the
 * previous planned time (no drift), and a slow handler does not delay the next tick.
 *
 * @example
 * const schedules = startSchedules(new Map([['nightly', nightly]]), fire, systemClock)
 */
export function startSchedules(defs: ReadonlyMap<string, ScheduleDefinition>, fire: FireTick, clock: Clock): Schedules {
  const next = new Map<string, Date>();
  const cancels = new Map<string, () => void>();
  let stopped = false;
  const plan = (name: string, def: ScheduleDefinition, after: Date) => {
    const at = nextTick(def.schedule, after);
    if (!at || stopped) return;
    next.set(name, at);
    const wait = () => {
      const left = at.getTime() - clock.now();
      if (left > MAX_TIMER_MS) {
        cancels.set(name, clock.setTimer(wait, MAX_TIMER_MS));
        return;
      }
      cancels.set(
        name,
        clock.setTimer(
          () => {
            plan(name, def, at);
            void fire(name, def, at).catch(() => {});
          },
          Math.max(0, left),
        ),
      );
    };
    wait();
  };
  const now = new Date(clock.now());
  for (const [name, def] of defs) plan(name, def, now);
  return {
    next,
    stop() {
      stopped = true;
      for (const cancel of cancels.values()) cancel();
      cancels.clear();
    },
  };
}
