import type { InvocationContext, Timer } from '@azure/functions';
import { MalformedInputError, type ScheduleEvent } from '@faasport/core';
import { createScheduleEvent } from '@faasport/core/adapter';
import { stringOf } from './payload.js';
import type { AzureEventRaw } from './types.js';

/** CloudEvents `type` of a timer tick. */
export const TIMER_TICK = 'Microsoft.Azure.Functions.TimerTrigger';
// `scheduleStatus.next` further ahead than this is not the tick being run (e.g. runOnStartup).
const FUTURE_TOLERANCE_MS = 60_000;

/**
 * Turns a timer invocation into a `ScheduleEvent`. scheduledTime = `scheduleStatus.next`: the host
 * hands the function the status recorded before this run, whose `next` is the occurrence now due
 * (also when `isPastDue`). Without a schedule status (`useMonitor: false`, sub-minute schedules) or
 * when `next` lies in the future (a `runOnStartup` run), it is the invocation time.
 * schedule = the binding's NCRONTAB; isPastDue as given.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer#usage
 *
 * @example
 * const ev = fromTimer(myTimer, context, Date.now())
 */
export function fromTimer(trigger: unknown, context: InvocationContext, now: number): ScheduleEvent<AzureEventRaw> {
  if (typeof trigger !== 'object' || trigger === null || typeof (trigger as Timer).isPastDue !== 'boolean') {
    throw new MalformedInputError('timer trigger: input is not a timer ({ isPastDue, scheduleStatus })');
  }
  const timer = trigger as Partial<Timer>;
  const schedule = stringOf(context.options.trigger.schedule);
  const scheduledTime = dueTime(timer.scheduleStatus?.next, now);
  return createScheduleEvent<AzureEventRaw>(
    {
      scheduledTime,
      isPastDue: timer.isPastDue === true,
      ...(schedule !== undefined && { schedule }),
      raw: { trigger, context },
    },
    { id: context.invocationId, source: `azure:timer/${context.functionName}`, type: TIMER_TICK },
  );
}

function dueTime(next: unknown, now: number): Date {
  const time = typeof next === 'string' ? Date.parse(next) : Number.NaN;
  return Number.isNaN(time) || time > now + FUTURE_TOLERANCE_MS ? new Date(now) : new Date(time);
}
