import { describe, expect, it } from 'vitest';
import { reportWindow } from '../src/report-window.js';

describe('reportWindow', () => {
  it('covers the whole UTC day before the scheduled day', () => {
    expect(reportWindow(new Date('2024-05-10T03:00:00Z'))).toEqual({
      day: '2024-05-09',
      from: new Date('2024-05-09T00:00:00Z'),
      to: new Date('2024-05-10T00:00:00Z'),
    });
  });

  it.each([
    ['a leap day', '2024-03-01T03:00:00Z', '2024-02-29'],
    ['a year end', '2025-01-01T03:00:00Z', '2024-12-31'],
    ['a tick delivered hours late on the same day', '2024-05-10T23:59:59.999Z', '2024-05-09'],
    ['a tick exactly at midnight', '2024-05-10T00:00:00Z', '2024-05-09'],
  ])('handles %s', (_what, scheduled, day) => {
    expect(reportWindow(new Date(scheduled)).day).toBe(day);
  });

  it('depends on the scheduled time only, not on the clock', () => {
    expect(reportWindow(new Date('2019-07-02T03:00:00Z')).day).toBe('2019-07-01');
  });

  it('refuses an invalid date', () => {
    expect(() => reportWindow(new Date('not a date'))).toThrow(/scheduledTime is not a valid date/);
  });
});
