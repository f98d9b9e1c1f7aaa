import { DefinitionError } from '@faasport/core';
import { parseSchedule } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { toEventBridgeSchedule } from '../src/schedule-expression.js';

describe('toEventBridgeSchedule', () => {
  it.each([
    ['rate(1 minute)', 'rate(1 minute)'],
    ['rate(1 minutes)', 'rate(1 minute)'],
    ['rate(5 minutes)', 'rate(5 minutes)'],
    ['rate(90 minutes)', 'rate(90 minutes)'],
    ['rate(1 hour)', 'rate(1 hour)'],
    ['rate(12 hours)', 'rate(12 hours)'],
    ['rate(1 day)', 'rate(1 day)'],
    ['rate(7 days)', 'rate(7 days)'],
    ['0 3 * * *', 'cron(0 3 * * ? *)'],
    ['*/15 * * * *', 'cron(0/15 * * * ? *)'],
    ['*/10 9-17 * * *', 'cron(0/10 9-17 * * ? *)'],
    ['0 0 1,15 * *', 'cron(0 0 1,15 * ? *)'],
    ['0 0 */2 * *', 'cron(0 0 1/2 * ? *)'],
    ['0 12 * */3 *', 'cron(0 12 * 1/3 ? *)'],
    ['5-20/5 * * * *', 'cron(5,10,15,20 * * * ? *)'],
    ['0 9 * * 1-5', 'cron(0 9 ? * 2-6 *)'],
    ['0 9 * * mon-fri', 'cron(0 9 ? * 2-6 *)'],
    ['30 6 * jan-mar sun', 'cron(30 6 ? 1-3 1 *)'],
    ['0 0 * * 7', 'cron(0 0 ? * 1 *)'],
    ['0 0 * * 0,7', 'cron(0 0 ? * 1 *)'],
    ['0 0 * * 5-7', 'cron(0 0 ? * 1,6,7 *)'],
    ['0 0 * * sat,sun', 'cron(0 0 ? * 1,7 *)'],
    ['0 0 * * */2', 'cron(0 0 ? * 1,3,5,7 *)'],
    ['0 0 * * *', 'cron(0 0 * * ? *)'],
  ])('%s → %s', (expression, eventBridge) => {
    expect(toEventBridgeSchedule(parseSchedule(expression))).toBe(eventBridge);
  });

  it('refuses a cron restricting both day-of-month and day-of-week, naming the expression', () => {
    const spec = parseSchedule('0 0 13 * 5');
    expect(() => toEventBridgeSchedule(spec)).toThrow(DefinitionError);
    expect(() => toEventBridgeSchedule(spec)).toThrow(/'0 0 13 \* 5'.*day-of-month OR day-of-week/);
  });
});
