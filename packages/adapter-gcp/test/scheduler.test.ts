import { MalformedInputError, type ScheduleEvent, schedule } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromPubSubSchedule, fromSchedulerCloudEvent, fromSchedulerRequest } from '../src/scheduler.js';
import { toBinaryCloudEventRequest } from '../src/testing/cloud-event-request.js';
import { toPubSubCloudEvent } from '../src/testing/pubsub-event.js';
import { toSchedulerRequest } from '../src/testing/scheduler-request.js';
import type { CloudFunctionRequest, GcpCloudEvent } from '../src/types.js';
import { ceHeaders, gcpFixture, postRequest, recorder, withEventServer } from './helpers.js';

const executed: GcpCloudEvent = {
  specversion: '1.0',
  id: 'run-1',
  source: '//cloudscheduler.googleapis.com/projects/p/locations/us-central1/jobs/nightly',
  type: 'google.cloud.scheduler.job.v1.executed',
  time: '2024-05-01T03:00:00.000Z',
  data: gcpFixture('schedule-scheduler/job-executed-data.json'),
};

const b64 = (text: string) => Buffer.from(text).toString('base64');
const request = (headers: Record<string, string>) => ({ headers }) as unknown as CloudFunctionRequest;

describe('fromSchedulerCloudEvent', () => {
  it('scheduledTime is the event time; the job payload stays in raw', () => {
    const tick = fromSchedulerCloudEvent(executed);
    expect(tick.scheduledTime.toISOString()).toBe('2024-05-01T03:00:00.000Z');
    expect((tick.raw.data as { customData: string }).customData).toBe(b64('{"report":"weekly-digest"}'));
    expect(tick.toCloudEvent()).toMatchObject({ id: 'run-1', source: executed.source, type: executed.type });
  });

  it('refuses an event without a time', () => {
    expect(() => fromSchedulerCloudEvent({ ...executed, time: undefined })).toThrow(MalformedInputError);
  });
});

describe('fromPubSubSchedule', () => {
  it('scheduledTime is the message publishTime', () => {
    const ce = toPubSubCloudEvent({ id: 'tick-1', body: '', publishedAt: new Date('2024-05-01T03:00:01Z') });
    const tick = fromPubSubSchedule(ce as GcpCloudEvent);
    expect(tick.scheduledTime.toISOString()).toBe('2024-05-01T03:00:01.000Z');
    expect(tick.toCloudEvent()).toMatchObject({ id: 'tick-1', source: 'projects/faasport-local/topics/faasport' });
  });

  it('refuses data without a message', () => {
    expect(() =>
      fromPubSubSchedule({ ...executed, type: 'google.cloud.pubsub.topic.v1.messagePublished', data: {} }),
    ).toThrow('data has no message object');
  });
});

describe('fromSchedulerRequest', () => {
  it('reads the X-CloudScheduler headers', () => {
    const tick = fromSchedulerRequest(
      request({ 'x-cloudscheduler-jobname': 'nightly', 'x-cloudscheduler-scheduletime': '2024-05-01T03:00:00Z' }),
    );
    expect(tick.scheduledTime.toISOString()).toBe('2024-05-01T03:00:00.000Z');
    expect(tick.toCloudEvent()).toMatchObject({
      id: 'nightly/2024-05-01T03:00:00Z',
      source: '//cloudscheduler.googleapis.com/jobs/nightly',
    });
  });

  it('names a missing or bad schedule time', () => {
    expect(() => fromSchedulerRequest(request({ 'x-cloudscheduler-jobname': 'nightly' }))).toThrow(
      'Cloud Scheduler request for job nightly has no X-CloudScheduler-ScheduleTime header',
    );
    expect(() =>
      fromSchedulerRequest(request({ 'x-cloudscheduler-jobname': 'j', 'x-cloudscheduler-scheduletime': 'now' })),
    ).toThrow('Cloud Scheduler job j: X-CloudScheduler-ScheduleTime must be an RFC 3339 timestamp');
  });
});

describe('schedules through the Functions Framework', () => {
  it('CloudEvent signature: job.v1.executed and a Pub/Sub target message', async () => {
    const rec = recorder<ScheduleEvent>();
    await withEventServer(schedule('0 3 * * *', rec.handle), async (fetch) => {
      const body = gcpFixture('schedule-scheduler/job-executed-data.json');
      const headers = ceHeaders(executed.type, executed.source, { 'ce-time': '2024-05-01T03:00:00Z' });
      expect((await fetch(postRequest(body, headers))).status).toBe(204);
      const published = toPubSubCloudEvent({ id: 't', body: '{}', publishedAt: new Date('2024-05-02T03:00:00Z') });
      expect((await fetch(toBinaryCloudEventRequest(published))).status).toBe(204);
    });
    expect(rec.seen.map((s) => s.value.scheduledTime.toISOString())).toEqual([
      '2024-05-01T03:00:00.000Z',
      '2024-05-02T03:00:00.000Z',
    ]);
  });

  it('HTTP signature: the Scheduler HTTP-target POST, answered 204; a failure answers 500', async () => {
    let fail = false;
    const rec = recorder<ScheduleEvent>(() => (fail ? new Error('report failed') : undefined));
    await withEventServer(
      schedule('0 3 * * *', rec.handle),
      async (fetch) => {
        const time = new Date('2024-05-01T03:00:00Z');
        expect((await fetch(toSchedulerRequest(time, { jobName: 'nightly', body: 'hi' }))).status).toBe(204);
        fail = true;
        const res = await fetch(toSchedulerRequest(time, { jobName: 'nightly' }));
        expect(res.status).toBe(500);
        expect(await res.text()).toBe('Internal Server Error');
      },
      { signatureType: 'http' },
    );
    expect(rec.seen).toHaveLength(2);
    expect(rec.seen[0]?.value.scheduledTime.toISOString()).toBe('2024-05-01T03:00:00.000Z');
    const req = rec.seen[0]?.value.raw as CloudFunctionRequest;
    expect(req.rawBody?.toString()).toBe('hi');
  });

  it('HTTP signature: a POST that is no Scheduler request, CloudEvent or push body is a 400; the log names it', async () => {
    const rec = recorder<ScheduleEvent>();
    await withEventServer(
      schedule('rate(5 minutes)', rec.handle),
      async (fetch, logs) => {
        const res = await fetch(postRequest({ hello: 'world' }));
        expect(res.status).toBe(400);
        expect(await res.text()).toBe('Bad Request');
        expect(logs()).toContain('is neither a Cloud Scheduler request, a CloudEvent nor a Pub/Sub push body');
      },
      { signatureType: 'http' },
    );
    expect(rec.seen).toHaveLength(0);
  });
});
