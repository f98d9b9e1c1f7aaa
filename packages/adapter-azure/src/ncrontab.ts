import { DefinitionError, type ScheduleSpec } from '@faasport/core';

// How many of a unit fit in the next one up: a step larger than that cannot be one NCRONTAB field.
const SPAN = { minute: 60, hour: 24, day: 31 } as const;

/**
 * Translates a `schedule()` expression into the six-field NCRONTAB (`{second} {minute} {hour} {day}
 * {month} {day-of-week}`) that `app.timer` takes, evaluated in UTC unless `WEBSITE_TIME_ZONE` is set.
 *
 * | schedule | NCRONTAB |
 * |---|---|
 * | `rate(N minutes)`, N < 60 | `0 *\/N * * * *` (re-aligned each hour unless N divides 60) |
 * | `rate(N minutes)`, N a multiple of 60 | as `rate(N/60 hours)` |
 * | `rate(N hours)`, N < 24 | `0 0 *\/N * * *` (re-aligned each day unless N divides 24) |
 * | `rate(N hours)`, N a multiple of 24 | as `rate(N/24 days)` |
 * | `rate(1 day)` / `rate(N days)`, N < 31 | `0 0 0 * * *` / `0 0 0 *\/N * *` (re-aligned each month) |
 * | 5-field cron `m h dom mon dow` | `0 m h dom mon dow`, day-of-week 7 written as 0 |
 *
 * Anything else (`rate(90 minutes)`, `rate(45 days)`, a cron restricting both day-of-month and
 * day-of-week, which cron ORs and NCRONTAB ANDs) is a `DefinitionError` naming the expression.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer#ncrontab-expressions
 *
 * @example
 * toNcrontab(parseSchedule('rate(5 minutes)')) // '0 *\/5 * * * *'
 */
export function toNcrontab(spec: ScheduleSpec): string {
  if (spec.kind === 'cron') return fromCron(spec);
  let { value, unit } = spec;
  if (unit === 'minute' && value % SPAN.minute === 0) [value, unit] = [value / SPAN.minute, 'hour'];
  if (unit === 'hour' && value % SPAN.hour === 0) [value, unit] = [value / SPAN.hour, 'day'];
  return rate(value, unit, spec);
}

function rate(value: number, unit: 'minute' | 'hour' | 'day', spec: ScheduleSpec): string {
  if (value >= SPAN[unit]) {
    throw new DefinitionError(
      `schedule '${spec.expression}': Azure timers (NCRONTAB) cannot express a rate of ${value} ${unit}s; use a cron`,
    );
  }
  const step = value === 1 ? '*' : `*/${value}`;
  if (unit === 'minute') return `0 ${step} * * * *`;
  if (unit === 'hour') return `0 0 ${step} * * *`;
  return `0 0 0 ${step} * *`;
}

function fromCron(spec: Extract<ScheduleSpec, { kind: 'cron' }>): string {
  if (spec.dayOfMonth !== '*' && spec.dayOfWeek !== '*') {
    throw new DefinitionError(
      `schedule '${spec.expression}': cron runs when day-of-month OR day-of-week matches, NCRONTAB only when both do; restrict one of them`,
    );
  }
  return `0 ${spec.minute} ${spec.hour} ${spec.dayOfMonth} ${spec.month} ${toNcrontabDays(spec.dayOfWeek, spec.expression)}`;
}

// NCRONTAB numbers days 0-6 (Sunday = 0); cron also accepts 7 for Sunday.
function toNcrontabDays(field: string, expression: string): string {
  return field
    .split(',')
    .map((part) => {
      if (part === '7') return '0';
      const range = /^(\d)-7$/.exec(part);
      if (range) return range[1] === '7' ? '0' : `${range[1]}-6,0`;
      if (/(^|\D)7(\D|$)/.test(part.replace(/\/\d+$/, ''))) {
        throw new DefinitionError(`schedule '${expression}': day-of-week '${part}' uses 7 where NCRONTAB needs 0-6`);
      }
      return part;
    })
    .join(',');
}
