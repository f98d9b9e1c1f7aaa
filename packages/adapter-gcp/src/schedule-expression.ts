import { DefinitionError, type ScheduleSpec } from '@faasport/core';

type RateSpec = Extract<ScheduleSpec, { kind: 'rate' }>;

/**
 * Translates a `schedule()` expression into the unix cron of a Cloud Scheduler job (deploy it with
 * `--time-zone=Etc/UTC`: faasport schedules are UTC).
 * https://cloud.google.com/scheduler/docs/configuring/cron-job-schedules
 *
 * | schedule | Cloud Scheduler |
 * |---|---|
 * | `rate(N minutes)`, N divides 60 | `*\/N * * * *` (`* * * * *` for 1) |
 * | `rate(N hours)` / `rate(60·N minutes)`, N divides 24 | `0 *\/N * * *` (`0 * * * *` for 1) |
 * | `rate(1 day)` / `rate(24 hours)` | `0 0 * * *` |
 * | 5-field cron | the same fields, day-of-week 7 written as 0 |
 *
 * A rate no cron repeats at exactly that period (`rate(7 minutes)`: a `*\/7` restarts at every
 * hour; `rate(2 days)`: a day-of-month step restarts every month) is a `DefinitionError` naming it.
 *
 * @example
 * toCloudSchedulerCron(parseSchedule('rate(15 minutes)')) // '*\/15 * * * *'
 */
export function toCloudSchedulerCron(spec: ScheduleSpec): string {
  if (spec.kind === 'cron') {
    return [spec.minute, spec.hour, spec.dayOfMonth, spec.month, sundayAsZero(spec.dayOfWeek)].join(' ');
  }
  const minutes = spec.value * (spec.unit === 'minute' ? 1 : spec.unit === 'hour' ? 60 : 1440);
  if (minutes < 60 && 60 % minutes === 0) return minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`;
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours < 24 && 24 % hours === 0)
    return hours === 1 ? '0 * * * *' : `0 */${hours} * * *`;
  if (minutes === 1440) return '0 0 * * *';
  throw notExpressible(spec, minutes);
}

function notExpressible(spec: RateSpec, minutes: number): DefinitionError {
  const what =
    minutes < 60
      ? 'a minute step that does not divide 60 restarts every hour'
      : minutes < 1440
        ? 'an hour step that does not divide 24 (or a rate in minutes that is not whole hours) restarts every day'
        : 'a day-of-month step restarts every month';
  return new DefinitionError(
    `schedule '${spec.expression}': Cloud Scheduler (unix cron) cannot repeat every ${spec.value} ${spec.unit}${spec.value === 1 ? '' : 's'}: ${what}; use a rate that divides the next unit, or a cron`,
  );
}

// Cloud Scheduler documents day-of-week as 0-6 (Sunday = 0); unix cron also accepts 7.
function sundayAsZero(field: string): string {
  if (!HAS_SEVEN.test(field)) return field;
  const days = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '*', stepText] = part.split('/');
    const [from, to] = dayRange(range, stepText !== undefined);
    for (let d = from; d <= to; d += Math.max(Number(stepText ?? 1), 1)) days.add(d % 7);
  }
  return [...days].sort((a, b) => a - b).join(',');
}

const HAS_SEVEN = /(^|\D)7(\D|$)/;

function dayRange(range: string, stepped: boolean): [number, number] {
  if (range === '*') return [0, 6];
  const [a, b] = range.split('-').map(Number) as [number, number | undefined];
  return [a, b ?? (stepped ? 7 : a)];
}
