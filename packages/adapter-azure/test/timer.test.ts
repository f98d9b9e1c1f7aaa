import { MalformedInputError, schedule } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { toTimerTrigger } from '../src/testing/schedule-storage-triggers.js';
import { fromTimer } from '../src/timer.js';
import { runTrigger } from './helpers.js';

const due = new Date('2026-03-01T03:00:00.000Z');

describe('fromTimer', () => {
  it('scheduledTime = scheduleStatus.next (the occurrence now due), schedule = the binding NCRONTAB', () => {
    const { trigger, context } = toTimerTrigger(due, { schedule: '0 0 3 * * *', isPastDue: true });
    const ev = fromTimer(trigger, context, due.getTime() + 90_000);
    expect(ev.scheduledTime).toEqual(due);
    expect(ev.schedule).toBe('0 0 3 * * *');
    expect(ev.isPastDue).toBe(true);
    expect(ev.raw.trigger).toBe(trigger);
    expect(ev.toCloudEvent()).toMatchObject({
      type: 'Microsoft.Azure.Functions.TimerTrigger',
      time: due.toISOString(),
    });
  });

  it('falls back to now without a schedule status or when next lies ahead (runOnStartup)', () => {
    const now = due.getTime() - 10 * 60_000;
    const { trigger, context } = toTimerTrigger(due);
    expect(fromTimer(trigger, context, now).scheduledTime.getTime()).toBe(now);
    const bare = { isPastDue: false, schedule: { adjustForDST: true } };
    expect(fromTimer(bare, context, now).scheduledTime.getTime()).toBe(now);
  });

  it('rejects an input that is not a timer', () => {
    const { context } = toTimerTrigger(due);
    expect(() => fromTimer({ hello: 1 }, context, 0)).toThrow(MalformedInputError);
  });

  it('through toAzureHandler: a failed tick rejects (retried only under a retry policy)', async () => {
    const out = await runTrigger(
      schedule('0 3 * * *', () => {
        throw new Error('report failed');
      }),
      toTimerTrigger(due),
      [],
    );
    expect((out.error as Error).message).toBe('report failed');
  });
});
