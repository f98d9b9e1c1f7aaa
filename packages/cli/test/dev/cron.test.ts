import type { ScheduleSpec } from '@faasport/core';
import { parseSchedule } from '@faasport/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCron, cronMatches, nextCronTime } from '../../src/dev/cron.js';

type Cron = Extract<ScheduleSpec, { kind: 'cron' }>;
const cron = (expr: string) => compileCron(parseSchedule(expr) as Cron);
const next = (expr: string, after: string) => nextCronTime(cron(expr), new Date(after))?.toISOString();

describe('cron matcher (UTC)', () => {
  it('expands lists, ranges, steps and names', () => {
    const m = cron('*/15 9-17/4 1,15 jan-mar mon-fri');
    expect([...m.minutes]).toEqual([0, 15, 30, 45]);
    expect([...m.hours]).toEqual([9, 13, 17]);
    expect([...m.daysOfMonth]).toEqual([1, 15]);
    expect([...m.months]).toEqual([1, 2, 3]);
    expect([...m.daysOfWeek]).toEqual([1, 2, 3, 4, 5]);
    expect([...cron('5/20 * * * *').minutes]).toEqual([5, 25, 45]);
  });

  it('treats weekday 7 as Sunday', () => {
    expect(cronMatches(cron('0 0 * * 7'), new Date('2026-01-04T00:00:00Z'))).toBe(true);
  });

  it('matches either day field when both are restricted (unix cron), both when one is *', () => {
    // 2026-01-05 is a Monday, the 5th.
    expect(cronMatches(cron('0 12 13 * 1'), new Date('2026-01-05T12:00:00Z'))).toBe(true);
    expect(cronMatches(cron('0 12 13 * *'), new Date('2026-01-05T12:00:00Z'))).toBe(false);
    expect(cronMatches(cron('0 12 * * 2'), new Date('2026-01-05T12:00:00Z'))).toBe(false);
  });

  it('finds the next firing strictly after a time', () => {
    expect(next('0 3 * * *', '2026-01-01T00:00:00Z')).toBe('2026-01-01T03:00:00.000Z');
    expect(next('0 3 * * *', '2026-01-01T03:00:00Z')).toBe('2026-01-02T03:00:00.000Z');
    expect(next('*/5 * * * *', '2026-01-01T00:07:59Z')).toBe('2026-01-01T00:10:00.000Z');
    expect(next('0 0 1 * *', '2026-01-31T23:59:00Z')).toBe('2026-02-01T00:00:00.000Z');
    expect(next('0 9 * * mon', '2026-01-01T00:00:00Z')).toBe('2026-01-05T09:00:00.000Z');
    expect(next('0 0 29 2 *', '2026-03-01T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('says never for a date that does not exist', () => {
    expect(next('0 0 31 2 *', '2026-01-01T00:00:00Z')).toBeUndefined();
  });

  it('property: the next time matches, is later, and no minute in between matches', () => {
    const exprs = ['*/7 * * * *', '0 */3 * * *', '30 2 * * 1-5', '15 10 1,15 * *', '0 0 * 6 sun'];
    fc.assert(
      fc.property(fc.constantFrom(...exprs), fc.integer({ min: 0, max: 4_000_000_000_000 }), (expr, ms) => {
        const m = cron(expr);
        const after = new Date(ms);
        const at = nextCronTime(m, after) as Date;
        expect(at.getTime()).toBeGreaterThan(ms);
        expect(cronMatches(m, at)).toBe(true);
        const steps = Math.min(2000, (at.getTime() - ms) / 60_000);
        for (let t = Math.floor(ms / 60_000 + 1) * 60_000, i = 0; t < at.getTime() && i < steps; t += 60_000, i++) {
          expect(cronMatches(m, new Date(t))).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
