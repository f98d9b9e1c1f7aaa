import { DefinitionError } from '@faasport/core';
import { parseSchedule } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { toNcrontab } from '../src/ncrontab.js';

describe('toNcrontab', () => {
  it.each([
    ['rate(1 minute)', '0 * * * * *'],
    ['rate(5 minutes)', '0 */5 * * * *'],
    ['rate(7 minutes)', '0 */7 * * * *'],
    ['rate(60 minutes)', '0 0 * * * *'],
    ['rate(120 minutes)', '0 0 */2 * * *'],
    ['rate(1 hour)', '0 0 * * * *'],
    ['rate(6 hours)', '0 0 */6 * * *'],
    ['rate(24 hours)', '0 0 0 * * *'],
    ['rate(1440 minutes)', '0 0 0 * * *'],
    ['rate(1 day)', '0 0 0 * * *'],
    ['rate(2 days)', '0 0 0 */2 * *'],
    ['0 3 * * *', '0 0 3 * * *'],
    ['*/15 9-17 * * 1-5', '0 */15 9-17 * * 1-5'],
    ['0 0 1,15 * *', '0 0 0 1,15 * *'],
    ['30 6 * jan-mar sun', '0 30 6 * 1-3 0'],
    ['0 0 * * 7', '0 0 0 * * 0'],
    ['0 0 * * 5-7', '0 0 0 * * 5-6,0'],
  ])('%s → %s', (expression, ncrontab) => {
    expect(toNcrontab(parseSchedule(expression))).toBe(ncrontab);
  });

  it.each([
    ['rate(90 minutes)', /cannot express a rate of 90 minutes/],
    ['rate(36 hours)', /cannot express a rate of 36 hours/],
    ['rate(45 days)', /cannot express a rate of 45 days/],
    ['0 0 13 * 5', /day-of-month OR day-of-week/],
  ])('%s is a DefinitionError naming it', (expression, message) => {
    expect(() => toNcrontab(parseSchedule(expression))).toThrow(DefinitionError);
    expect(() => toNcrontab(parseSchedule(expression))).toThrow(message);
    expect(() => toNcrontab(parseSchedule(expression))).toThrow(expression);
  });
});
