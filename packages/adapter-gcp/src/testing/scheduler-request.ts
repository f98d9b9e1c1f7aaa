/**
 * Options of `toSchedulerRequest`.
 *
 * @example
 * toSchedulerRequest(new Date(), { jobName: 'nightly-report', url: 'https://nightly-abc.a.run.app/' })
 */
export interface SchedulerRequestOptions {
  /** Default `faasport-schedule`. */
  readonly jobName?: string;
  /** Default `http://localhost/`. */
  readonly url?: string;
  /** The job's body; Scheduler then sends `Content-Type: application/octet-stream` unless the job sets one. */
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
}

/**
 * Builds the POST a Cloud Scheduler job with an HTTP target sends: `X-CloudScheduler: true`,
 * `X-CloudScheduler-JobName`, `X-CloudScheduler-ScheduleTime` (RFC 3339 UTC) and
 * Scheduler's user agent (https://cloud.google.com/scheduler/docs/reference/rest/v1/projects.locations.jobs#HttpTarget).
 *
 * @example
 * const res = await transport.fetch(toSchedulerRequest(new Date('2024-01-01T03:00:00Z'), { jobName: 'nightly' }))
 */
export function toSchedulerRequest(time: Date, options: SchedulerRequestOptions = {}): Request {
  const headers = new Headers({
    'user-agent': 'Google-Cloud-Scheduler',
    'x-cloudscheduler': 'true',
    'x-cloudscheduler-jobname': options.jobName ?? 'faasport-schedule',
    'x-cloudscheduler-scheduletime': time.toISOString(),
  });
  const body = options.body;
  if (body !== undefined) headers.set('content-type', options.contentType ?? 'application/octet-stream');
  return new Request(options.url ?? 'http://localhost/', {
    method: 'POST',
    headers,
    ...(body === undefined ? {} : { body: body as BodyInit }),
  });
}
