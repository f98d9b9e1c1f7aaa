import { MalformedInputError, schedule } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { EventFailedError } from '../src/errors.js';
import type { ScheduledEvent } from '../src/event-types.js';
import { fromScheduledEvent, fromSchedulerPayload, invokeSchedule } from '../src/eventbridge-schedule.js';
import { toScheduledEvent } from '../src/testing/eventbridge-event.js';
import { eventContext } from './helpers.js';

describe('fromScheduledEvent', () => {
  it('scheduledTime = time; CloudEvent source = the rule ARN (scheduled-event)', () => {
    const event = ownFixture<ScheduledEvent>('aws/schedule-eventbridge/scheduled-event.json');
    const tick = fromScheduledEvent(event);
    expect(tick.scheduledTime.toISOString()).toBe('2024-01-13T03:00:00.000Z');
    expect(tick.raw).toBe(event);
    expect(tick.toCloudEvent()).toMatchObject({
      id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
      source: 'arn:aws:events:us-east-1:123456789012:rule/nightly-report',
      type: 'aws.events:Scheduled Event',
    });
  });

  it('a time that is not a date is a MalformedInputError', () => {
    const event = toScheduledEvent(new Date());
    expect(() => fromScheduledEvent({ ...event, time: 'noon' })).toThrow(MalformedInputError);
  });
});

describe('fromSchedulerPayload', () => {
  it('EventBridge Scheduler payload {}: scheduledTime is the invocation start, raw is the payload', () => {
    const now = new Date('2026-03-01T03:00:01Z');
    const payload = {};
    const tick = fromSchedulerPayload(payload, 'req-1', now);
    expect(tick.scheduledTime).toBe(now);
    expect(tick.raw).toBe(payload);
    expect(tick.toCloudEvent()).toMatchObject({ id: 'req-1', source: 'aws.scheduler' });
  });

  it('uses a scheduledTime the payload states (<aws.scheduler.scheduled-time>), ignores one that is not a date', () => {
    const now = new Date();
    expect(fromSchedulerPayload({ scheduledTime: '2026-03-01T03:00:00Z' }, 'r', now).scheduledTime.toISOString()).toBe(
      '2026-03-01T03:00:00.000Z',
    );
    expect(fromSchedulerPayload({ scheduledTime: 'later' }, 'r', now).scheduledTime).toBe(now);
    expect(fromSchedulerPayload('tick', 'r', now).scheduledTime).toBe(now);
  });
});

describe('invokeSchedule', () => {
  it('runs the handler once; a failure rejects the invocation', async () => {
    const { ctx } = eventContext();
    const def = schedule('rate(5 minutes)', () => {});
    await expect(invokeSchedule(def, toScheduledEvent(new Date()), ctx, true)).resolves.toBeUndefined();
    const failing = schedule('rate(5 minutes)', () => Promise.reject(new Error('x')));
    await expect(invokeSchedule(failing, {}, ctx, false)).rejects.toThrow(EventFailedError);
  });
});

describe('hostile events found by the fuzz suite (test/fuzz)', () => {
  it('a time that is an object is a MalformedInputError, not a TypeError from new Date()', () => {
    const event = toScheduledEvent(new Date());
    const trap = JSON.parse('{"toString":1,"valueOf":"x"}') as never;
    expect(() => fromScheduledEvent({ ...event, time: trap })).toThrow(MalformedInputError);
    expect(() => fromScheduledEvent({ ...event, id: trap, time: {} as never })).toThrow(/time \{\} is not a date/);
  });
});
