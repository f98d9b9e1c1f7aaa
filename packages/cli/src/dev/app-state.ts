import { randomUUID } from 'node:crypto';
import type { Definition, ScheduleDefinition } from '@faasport/core';
import type { CallRecord } from './call-log.js';
import type { Clock } from './clock.js';
import { Deliverer, type DevProvider } from './deliverer.js';
import { createHttpRunner, type HttpRunner } from './http-runner.js';
import { type HttpRoute, httpRoutes } from './routes.js';
import { type Schedules, startSchedules } from './scheduler.js';
import { summarize } from './summarize.js';

/** What the dev server serves for one loaded version of the entry. */
export interface AppState {
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly routes: readonly HttpRoute[];
  readonly runners: ReadonlyMap<string, HttpRunner>;
  readonly deliverer: Deliverer;
  readonly schedules?: Schedules;
  close(): Promise<void>;
}

/** How to build an `AppState`. */
export interface AppStateOptions {
  readonly provider: DevProvider;
  /** Tick schedule definitions on this clock; none when absent. */
  readonly clock?: Clock;
  readonly record: (call: CallRecord) => void;
}

/**
 * Starts serving a set of definitions: one HTTP runner per HTTP definition through the chosen
 * provider, a deliverer for events, and a ticker for each schedule (each tick delivered as the
 * provider's scheduler would, and logged).
 *
 * @example
 * const state = await createAppState(loaded.definitions, { provider: 'local', clock: systemClock, record })
 */
export async function createAppState(
  definitions: ReadonlyMap<string, Definition>,
  options: AppStateOptions,
): Promise<AppState> {
  const routes = httpRoutes(definitions);
  const runners = new Map<string, HttpRunner>();
  const deliverer = new Deliverer(options.provider);
  try {
    for (const route of routes)
      runners.set(route.name, await createHttpRunner(route.name, route.def, options.provider));
  } catch (error) {
    await Promise.all([...runners.values()].map((r) => r.close()));
    await deliverer.close();
    throw error;
  }
  const scheduleDefs = new Map(
    [...definitions].filter((e): e is [string, ScheduleDefinition] => e[1].kind === 'schedule'),
  );
  const fire = async (name: string, def: ScheduleDefinition, time: Date) => {
    const started = performance.now();
    const input = { kind: 'schedule', time, schedule: def.schedule.expression } as const;
    let outcome: string;
    try {
      outcome = summarize(await deliverer.fireInput(name, def, input));
    } catch (error) {
      outcome = `failed: ${(error as Error).message}`;
    }
    const ms = performance.now() - started;
    options.record({
      fn: name,
      what: `tick ${time.toISOString()}`,
      invocationId: randomUUID(),
      ms,
      outcome,
      via: options.provider,
    });
  };
  const schedules =
    options.clock && scheduleDefs.size > 0 ? startSchedules(scheduleDefs, fire, options.clock) : undefined;
  return {
    definitions,
    routes,
    runners,
    deliverer,
    ...(schedules ? { schedules } : {}),
    async close() {
      schedules?.stop();
      await Promise.all([...runners.values()].map((r) => r.close()));
      await deliverer.close();
    },
  };
}
