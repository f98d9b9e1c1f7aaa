import type { EventTransport } from '@faasport/core/adapter';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryJobQueue } from '../src/job-queue.js';
import { createMediaUploads } from '../src/uploads.js';
import { allTransports, anUpload } from './helpers.js';

// Keys S3 encodes (`+` for a space, `%2B` for a plus, UTF-8 percent-escapes) and the others do not.
const SPACES_AND_PLUS = 'holiday photos/beach + sunset.jpg';
const NON_ASCII = 'café/naïve 100%.png';
const created = [
  anUpload('u-1', SPACES_AND_PLUS),
  anUpload('u-2', NON_ASCII, { contentType: 'image/png' }),
  anUpload('u-3', 'docs/report.pdf', { contentType: 'application/pdf' }),
  anUpload('u-4', 'processed/thumbnail-256/earlier.jpg'),
];
const deleted = anUpload('u-5', 'old/gone.jpg', { kind: 'deleted' });

const { aws, gcp, azure } = allTransports();
afterAll(() => Promise.all([aws.close(), gcp.close(), azure.close()]));

// Every source that reports deletions, and the Azure blob trigger, which only fires for new or changed blobs.
const sources: [EventTransport, string, boolean][] = [
  [aws, 's3', true],
  [aws, 's3-eventbridge', true],
  [gcp, 'gcs', true],
  [azure, 'event-grid-blob', true],
  [azure, 'blob', false],
];

describe('media-uploads on every cloud', () => {
  it.each(sources.map(([t, source, deletes]) => [`${t.name} ${source}`, t, source, deletes] as const))(
    '%s: only created images start a job, under their decoded keys; the rest is acknowledged and skipped',
    async (_name, transport, source, deletes) => {
      const jobs = memoryJobQueue();
      const events = deletes ? [...created, deleted] : created;
      const report = await transport.deliver(createMediaUploads({ jobs }), { kind: 'storage', events }, source);
      expect(report.acknowledged).toEqual(events.map((e) => e.id));
      expect(report.redelivered).toEqual([]);
      expect(jobs.started.map((j) => [j.bucket, j.key])).toEqual([
        ['uploads', SPACES_AND_PLUS],
        ['uploads', NON_ASCII],
      ]);
      expect(jobs.started[0]?.outputs).toContain(`processed/thumbnail-256/${SPACES_AND_PLUS}`);
    },
  );

  it.each(sources.map(([t, source]) => [`${t.name} ${source}`, t, source] as const))(
    '%s: when the job cannot start, the event fails and comes back',
    async (_name, transport, source) => {
      const def = createMediaUploads({ jobs: { start: () => Promise.reject(new Error('runner down')), started: [] } });
      const report = await transport.deliver(def, { kind: 'storage', events: created.slice(0, 1) }, source);
      expect(report.redelivered).toEqual(['u-1']);
    },
  );

  it('a redelivered upload starts no second job (same etag, same job id)', async () => {
    const jobs = memoryJobQueue();
    const def = createMediaUploads({ jobs });
    for (const [transport, source] of sources) {
      await transport.deliver(def, { kind: 'storage', events: created.slice(0, 1) }, source);
    }
    expect(jobs.started).toHaveLength(1);
  });
});
