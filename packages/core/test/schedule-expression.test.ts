import { describe, expect, it } from 'vitest';
import { DefinitionError } from '../src/errors.js';
import { parseSchedule } from '../src/schedule-expression.js';

describe('parseSchedule', () => {
  it.each([
    ['rate(5 minutes)', { kind: 'rate', value: 5, unit: 'minute' }],
    ['rate(1 hour)', { kind: 'rate', value: 1, unit: 'hour' }],
    ['rate(2 days)', { kind: 'rate', value: 2, unit: 'day' }],
  ])('%s', (expr, expected) => {
    expect(parseSchedule(expr)).toMatchObject(expected);
  });

  it('parses a 5-field cron and maps month and day names to numbers', () => {
    expect(parseSchedule('30 3 * JAN-MAR MON-FRI')).toEqual({
      kind: 'cron',
      minute: '30',
      hour: '3',
      dayOfMonth: '*',
      month: '1-3',
      dayOfWeek: '1-5',
      expression: '30 3 * JAN-MAR MON-FRI',
    });
    expect(parseSchedule('*/15 0-6,22 1,15 * *')).toMatchObject({ minute: '*/15', hour: '0-6,22' });
  });

  it.each([
    ['rate(0 minutes)', /at least 1/],
    ['rate(5 weeks)', /expected 'rate/],
    ['* * * *', /5-field cron/],
    ['60 * * * *', /minute 60 is outside 0-59/],
    ['0 24 * * *', /hour 24/],
    ['0 0 0 * *', /day of month 0/],
    ['0 0 * 13 *', /month 13/],
    ['0 0 ? * *', /bad day of month field/],
  ])('refuses %s', (expr, message) => {
    expect(() => parseSchedule(expr)).toThrow(DefinitionError);
    expect(() => parseSchedule(expr)).toThrow(message);
  });
});
