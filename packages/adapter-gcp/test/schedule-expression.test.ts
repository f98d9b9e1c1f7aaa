import { DefinitionError } from '@faasport/core';
import { parseSchedule } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { toCloudSchedulerCron } from '../src/schedule-expression.js';

describe('toCloudSchedulerCron', () => {
  it.each([
    ['rate(1 minute)', '* * * * *'],
    ['rate(5 minutes)', '*/5 * * * *'],
    ['rate(30 minutes)', '*/30 * * * *'],
    ['rate(60 minutes)', '0 * * * *'],
    ['rate(120 minutes)', '0 */2 * * *'],
    ['rate(1 hour)', '0 * * * *'],
    ['rate(6 hours)', '0 */6 * * *'],
    ['rate(24 hours)', '0 0 * * *'],
    ['rate(1440 minutes)', '0 0 * * *'],
    ['rate(1 day)', '0 0 * * *'],
    ['0 3 * * *', '0 3 * * *'],
    ['*/15 9-17 * * 1-5', '*/15 9-17 * * 1-5'],
    ['0 9 * * mon-fri', '0 9 * * 1-5'],
    ['30 6 * jan-mar sun', '30 6 * 1-3 0'],
    ['0 0 1,15 * *', '0 0 1,15 * *'],
    ['0 0 13 * 5', '0 0 13 * 5'],
    ['0 0 * * 7', '0 0 * * 0'],
    ['0 0 * * 5-7', '0 0 * * 0,5,6'],
    ['0 0 * * 1,7', '0 0 * * 0,1'],
  ])('%s → %s', (expression, cron) => {
    expect(toCloudSchedulerCron(parseSchedule(expression))).toBe(cron);
  });

  it.each([
    ['rate(7 minutes)', /every 7 minutes: a minute step that does not divide 60/],
    ['rate(90 minutes)', /every 90 minutes: an hour step/],
    ['rate(5 hours)', /every 5 hours: an hour step that does not divide 24/],
    ['rate(36 hours)', /every 36 hours/],
    ['rate(2 days)', /every 2 days: a day-of-month step restarts every month/],
  ])('%s is a DefinitionError naming what cannot be expressed', (expression, message) => {
    const spec = parseSchedule(expression);
    expect(() => toCloudSchedulerCron(spec)).toThrow(DefinitionError);
    expect(() => toCloudSchedulerCron(spec)).toThrow(message);
    expect(() => toCloudSchedulerCron(spec)).toThrow(`'${expression}'`);
  });
});
