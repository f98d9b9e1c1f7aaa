import { type Context, MalformedInputError, type ScheduleDefinition, type ScheduleEvent } from '@faasport/core';
import { createScheduleEvent } from '@faasport/core/adapter';
import type { ScheduledEvent } from './event-types.js';
import { settleEach } from './settle.js';

/**
 * Normalizes an EventBridge rule's `Scheduled Event`: scheduledTime = `time`; the CloudEvent source
 * is the rule ARN (`resources[0]`).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
 *
 * @example
 * const tick = fromScheduledEvent(event)
 */
export function fromScheduledEvent(event: ScheduledEvent): ScheduleEvent<ScheduledEvent> {
  const scheduledTime = typeof event.time === 'string' ? new Date(event.time) : undefined;
  if (scheduledTime === undefined || Number.isNaN(scheduledTime.getTime())) {
    throw new MalformedInputError(
      `EventBridge scheduled event ${JSON.stringify(event.id)}: time ${JSON.stringify(event.time)} is not a date`,
    );
  }
  return createScheduleEvent(
    { scheduledTime, raw: event },
    { id: event.id, source: event.resources?.[0] ?? 'aws.events', type: 'aws.events:Scheduled Event' },
  );
}

/**
 * Normalizes what EventBridge Scheduler sends: the payload configured on the schedule, often `{}`,
 * with no time in it. scheduledTime is the payload's `scheduledTime` when it is a date string (put
 * `"scheduledTime": "<aws.scheduler.scheduled-time>"` in the schedule's input to get the real one),
 * otherwise `now`, the moment the invocation started. `raw` is the payload, untouched.
 * https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html
 *
 * @example
 * const tick = fromSchedulerPayload({}, invocationId, new Date())
 */
export function fromSchedulerPayload<P>(payload: P, invocationId: string, now: Date): ScheduleEvent<P> {
  const stated = (payload as { scheduledTime?: unknown } | null)?.scheduledTime;
  const parsed = typeof stated === 'string' ? new Date(stated) : undefined;
  const scheduledTime = parsed && !Number.isNaN(parsed.getTime()) ? parsed : now;
  return createScheduleEvent(
    { scheduledTime, raw: payload },
    { id: invocationId, source: 'aws.scheduler', type: 'aws.scheduler:invoke' },
  );
}

/**
 * Runs a schedule definition for a rule's scheduled event (`scheduled`) or any other payload (the
 * Scheduler's); a failure rejects so Lambda's asynchronous retry applies.
 *
 * @example
 * await invokeSchedule(nightly, event, ctx, true)
 */
export function invokeSchedule(
  def: ScheduleDefinition,
  event: unknown,
  ctx: Context,
  scheduled: boolean,
): Promise<void> {
  const now = new Date();
  const load = scheduled
    ? () => fromScheduledEvent(event as ScheduledEvent)
    : () => fromSchedulerPayload(event, ctx.invocationId, now);
  const id = scheduled ? (event as ScheduledEvent).id : ctx.invocationId;
  return settleEach([{ id, load }], (tick) => def.handler(tick, ctx), ctx, 'scheduled invocation');
}
