import type { ScheduleSpec } from '@faasport/core';

type CronSpec = Extract<ScheduleSpec, { kind: 'cron' }>;

/** A cron expression compiled to the allowed values of each field. */
export interface CronMatcher {
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly daysOfWeek: ReadonlySet<number>;
  /** Unix cron: when both day fields are restricted, a day matches if either does. */
  readonly dayOr: boolean;
}

function expand(field: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '*', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a, b] = range.split('-');
      from = Number(a);
      // `5/15` means from 5 to the end, every 15.
      to = b === undefined ? (stepText === undefined ? from : max) : Number(b);
    }
    for (let n = from; n <= to; n += Math.max(1, step)) out.add(n);
  }
  return out;
}

/**
 * Compiles a parsed 5-field cron (month and weekday names already turned into numbers by core's
 * `parseSchedule`) into sets of allowed values; weekday 7 is Sunday, like 0.
 *
 * @example
 * const m = compileCron(parseSchedule('0 3 * * 1-5') as CronSpec)
 */
export function compileCron(spec: CronSpec): CronMatcher {
  const daysOfWeek = expand(spec.dayOfWeek, 0, 7);
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  return {
    minutes: expand(spec.minute, 0, 59),
    hours: expand(spec.hour, 0, 23),
    daysOfMonth: expand(spec.dayOfMonth, 1, 31),
    months: expand(spec.month, 1, 12),
    daysOfWeek,
    dayOr: spec.dayOfMonth !== '*' && spec.dayOfWeek !== '*',
  };
}

function dayMatches(m: CronMatcher, date: Date): boolean {
  if (!m.months.has(date.getUTCMonth() + 1)) return false;
  const dom = m.daysOfMonth.has(date.getUTCDate());
  const dow = m.daysOfWeek.has(date.getUTCDay());
  return m.dayOr ? dom || dow : dom && dow;
}

/**
 * Whether a cron fires at the minute of `date` (UTC).
 *
 * @example
 * cronMatches(compileCron(spec), new Date('2026-01-05T03:00:00Z')) // true for '0 3 * * 1-5'
 */
export function cronMatches(m: CronMatcher, date: Date): boolean {
  return m.minutes.has(date.getUTCMinutes()) && m.hours.has(date.getUTCHours()) && dayMatches(m, date);
}

// Feb 29 on a Monday can be 28 years away; nothing valid is further.
const MAX_DAYS = 366 * 29;
const DAY_MS = 86_400_000;

/**
 * The first minute strictly after `after` at which the cron fires (UTC), or `undefined` when it
 * never does (e.g. `0 0 31 2 *`).
 *
 * @example
 * nextCronTime(compileCron(spec), new Date('2026-01-01T00:00:00Z')) // 2026-01-01T03:00:00.000Z
 */
export function nextCronTime(m: CronMatcher, after: Date): Date | undefined {
  const start = Math.floor(after.getTime() / 60_000) * 60_000 + 60_000;
  const firstDay = Math.floor(start / DAY_MS) * DAY_MS;
  const hours = [...m.hours].sort((a, b) => a - b);
  const minutes = [...m.minutes].sort((a, b) => a - b);
  for (let d = 0; d < MAX_DAYS; d++) {
    const day = new Date(firstDay + d * DAY_MS);
    if (!dayMatches(m, day)) continue;
    for (const h of hours) {
      for (const min of minutes) {
        const t = day.getTime() + h * 3_600_000 + min * 60_000;
        if (t >= start) return new Date(t);
      }
    }
  }
  return undefined;
}
