import { describe, expect, it } from 'vitest';
import { jobFor } from '../src/job.js';
import { memoryJobQueue } from '../src/job-queue.js';
import { anUpload, normalized } from './helpers.js';

describe('memoryJobQueue', () => {
  it('starts a job id once; a new version of the object is a new job', async () => {
    const jobs = memoryJobQueue();
    const v1 = jobFor(normalized(anUpload('u-1', 'a.jpg', { etag: 'v1' })));
    const v2 = jobFor(normalized(anUpload('u-2', 'a.jpg', { etag: 'v2' })));
    expect(await jobs.start(v1)).toBe(true);
    expect(await jobs.start(v1)).toBe(false);
    expect(await jobs.start(v2)).toBe(true);
    expect(jobs.started.map((j) => j.id)).toEqual(['uploads/a.jpg@v1', 'uploads/a.jpg@v2']);
  });
});
