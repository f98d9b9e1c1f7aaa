import { describe, expect, it } from 'vitest';
import { toSchedulerRequest } from '../../src/testing/scheduler-request.js';

describe('toSchedulerRequest', () => {
  it('is a POST with the X-CloudScheduler headers', async () => {
    const req = toSchedulerRequest(new Date('2024-05-01T03:00:00Z'), {
      jobName: 'nightly',
      url: 'https://f.example/run',
    });
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://f.example/run');
    expect(req.headers.get('x-cloudscheduler')).toBe('true');
    expect(req.headers.get('x-cloudscheduler-jobname')).toBe('nightly');
    expect(req.headers.get('x-cloudscheduler-scheduletime')).toBe('2024-05-01T03:00:00.000Z');
    expect(req.headers.get('content-type')).toBeNull();
    expect(await req.text()).toBe('');
  });

  it('sends the job body as application/octet-stream unless told otherwise', async () => {
    const req = toSchedulerRequest(new Date(), { body: '{"report":"daily"}' });
    expect(req.headers.get('content-type')).toBe('application/octet-stream');
    expect(await req.text()).toBe('{"report":"daily"}');
    expect(
      toSchedulerRequest(new Date(), { body: '{}', contentType: 'application/json' }).headers.get('content-type'),
    ).toBe('application/json');
  });
});
