import { type ScheduleDefinition, schedule } from '@faasport/core';
import { parseSchedule } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { nextTick, startSchedules } from '../../src/dev/scheduler.js';
import { fakeClock } from './helpers.js';

describe('nextTick', () => {
  it('rate: one interval later; cron: the next matching minute', () => {
    const t = new Date('2026-01-01T00:00:30Z');
    expect(nextTick(parseSchedule('rate(5 minutes)'), t)?.toISOString()).toBe('2026-01-01T00:05:30.000Z');
    expect(nextTick(parseSchedule('rate(2 hours)'), t)?.toISOString()).toBe('2026-01-01T02:00:30.000Z');
    expect(nextTick(parseSchedule('rate(1 day)'), t)?.toISOString()).toBe('2026-01-02T00:00:30.000Z');
    expect(nextTick(parseSchedule('0 3 * * *'), t)?.toISOString()).toBe('2026-01-01T03:00:00.000Z');
  });
});

describe('startSchedules', () => {
  it('fires each schedule at its times, planned from the previous tick (no drift)', async () => {
    const clock = fakeClock(Date.parse('2026-01-01T00:00:00Z'));
    const fired: string[] = [];
    const defs = new Map<string, ScheduleDefinition>([
      ['every2', schedule('rate(2 minutes)', () => {})],
      ['hourly', schedule('0 * * * *', () => {})],
    ]);
    const schedules = startSchedules(
      defs,
      async (name, _def, time) => void fired.push(`${name}@${time.toISOString().slice(11, 16)}`),
      clock,
    );
    await clock.advance(61 * 60_000);
    expect(fired.filter((f) => f.startsWith('hourly'))).toEqual(['hourly@01:00']);
    expect(fired.filter((f) => f.startsWith('every2'))).toHaveLength(30);
    expect(fired[0]).toBe('every2@00:02');
    expect(schedules.next.get('every2')?.toISOString()).toBe('2026-01-01T01:02:00.000Z');
    schedules.stop();
    expect(clock.pending()).toBe(0);
  });

  it('a failing tick does not stop the next one', async () => {
    const clock = fakeClock(0);
    let calls = 0;
    const defs = new Map([['t', schedule('rate(1 minute)', () => {})]]);
    startSchedules(
      defs,
      async () => {
        calls += 1;
        throw new Error('tick failed');
      },
      clock,
    ).stop;
    await clock.advance(3 * 60_000);
    expect(calls).toBe(3);
  });

  it('waits in steps when the next tick is further than a timer can wait', async () => {
    const clock = fakeClock(Date.parse('2026-03-01T00:00:00Z'));
    const fired: Date[] = [];
    const defs = new Map([['leap', schedule('0 0 29 2 *', () => {})]]);
    const s = startSchedules(defs, async (_n, _d, time) => void fired.push(time), clock);
    await clock.advance(365 * 86_400_000);
    expect(fired).toEqual([]);
    await clock.advance(2 * 365 * 86_400_000);
    expect(fired.map((d) => d.toISOString())).toEqual(['2028-02-29T00:00:00.000Z']);
    s.stop();
  });
});
