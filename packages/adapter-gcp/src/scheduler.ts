import { MalformedInputError, type ScheduleEvent } from '@faasport/core';
import { createScheduleEvent } from '@faasport/core/adapter';
import { describe, jsonDataOf, kindOf, timeOf } from './cloud-event-data.js';
import { SCHEDULER_EXECUTED } from './detect.js';
import { topicOf } from './pubsub.js';
import type { CloudFunctionRequest, GcpCloudEvent } from './types.js';

const JOB_SOURCE = '//cloudscheduler.googleapis.com/jobs/';

/**
 * A Cloud Scheduler `job.v1.executed` CloudEvent (Eventarc) → `ScheduleEvent`; scheduledTime is
 * the event time (the payload, `{ customData }`, stays in `raw.data`).
 *
 * @example
 * const tick = fromSchedulerCloudEvent(cloudEvent)
 */
export function fromSchedulerCloudEvent(ce: GcpCloudEvent): ScheduleEvent<GcpCloudEvent> {
  return createScheduleEvent(
    { scheduledTime: timeOf(ce.time, `${describe(ce)}: time`), raw: ce },
    { id: ce.id, source: ce.source, type: ce.type },
  );
}

/**
 * A Cloud Scheduler job with a Pub/Sub target arrives as an ordinary `messagePublished` event:
 * scheduledTime = the message's `publishTime` (else the event time).
 *
 * @example
 * const tick = fromPubSubSchedule(cloudEvent)
 */
export function fromPubSubSchedule(ce: GcpCloudEvent): ScheduleEvent<GcpCloudEvent> {
  const message = jsonDataOf(ce).message;
  if (typeof message !== 'object' || message === null) {
    throw new MalformedInputError(`${describe(ce)}: data has no message object (got ${kindOf(message)})`);
  }
  const { publishTime, messageId } = message as { publishTime?: unknown; messageId?: unknown };
  return createScheduleEvent(
    { scheduledTime: timeOf(publishTime ?? ce.time, `${describe(ce)}: publishTime`), raw: ce },
    { id: typeof messageId === 'string' ? messageId : ce.id, source: topicOf(ce.source), type: ce.type },
  );
}

/**
 * A Cloud Scheduler HTTP-target request → `ScheduleEvent`: scheduledTime from
 * `X-CloudScheduler-ScheduleTime`, the job from `X-CloudScheduler-JobName`
 * (https://cloud.google.com/scheduler/docs/reference/rest/v1/projects.locations.jobs#HttpTarget).
 * `raw` is FF's request (the job body is `raw.rawBody`).
 *
 * @example
 * const tick = fromSchedulerRequest(req)
 */
export function fromSchedulerRequest(req: CloudFunctionRequest): ScheduleEvent<CloudFunctionRequest> {
  const job = single(req.headers['x-cloudscheduler-jobname']);
  const time = single(req.headers['x-cloudscheduler-scheduletime']);
  if (!job) throw new MalformedInputError('Cloud Scheduler request has no X-CloudScheduler-JobName header');
  if (time === undefined) {
    throw new MalformedInputError(`Cloud Scheduler request for job ${job} has no X-CloudScheduler-ScheduleTime header`);
  }
  return createScheduleEvent(
    { scheduledTime: timeOf(time, `Cloud Scheduler job ${job}: X-CloudScheduler-ScheduleTime`), raw: req },
    { id: `${job}/${time}`, source: `${JOB_SOURCE}${job}`, type: SCHEDULER_EXECUTED },
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
