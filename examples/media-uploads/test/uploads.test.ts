import { describe, expect, it } from 'vitest';
import { memoryJobQueue } from '../src/job-queue.js';
import { createMediaUploads, MAX_BYTES, mediaUploads, skipReason } from '../src/uploads.js';
import { anUpload, normalized, recordingContext } from './helpers.js';

describe('skipReason', () => {
  it.each([
    ['a created image', anUpload('1', 'a.jpg'), undefined],
    ['a deleted image', anUpload('2', 'a.jpg', { kind: 'deleted' }), 'not-created'],
    ['an updated image', anUpload('3', 'a.jpg', { kind: 'updated' }), 'not-created'],
    ['its own output', anUpload('4', 'processed/thumbnail-256/a.jpg'), 'own-output'],
    ['a PDF', anUpload('5', 'a.pdf', { contentType: 'application/pdf' }), 'not-an-image'],
    ['an empty file', anUpload('6', 'a.jpg', { size: 0 }), 'empty'],
    ['a huge image', anUpload('7', 'a.jpg', { size: MAX_BYTES + 1 }), 'too-large'],
    ['an image of unknown size', anUpload('8', 'a.jpg', { size: undefined }), undefined],
  ])('%s → %s', (_what, input, reason) => {
    expect(skipReason(normalized(input), MAX_BYTES)).toBe(reason);
  });
});

describe('createMediaUploads', () => {
  it('is a storage definition', () => {
    expect(mediaUploads.kind).toBe('storage');
  });

  it('starts one job for a created image, once even when the event comes twice', async () => {
    const jobs = memoryJobQueue();
    const def = createMediaUploads({ jobs });
    const { ctx, lines } = recordingContext();
    const ev = normalized(anUpload('u-1', 'holiday photos/beach + sunset.jpg'));
    await def.handler(ev, ctx);
    await def.handler(ev, ctx);
    expect(jobs.started.map((j) => j.key)).toEqual(['holiday photos/beach + sunset.jpg']);
    expect(lines.map((l) => l.message)).toEqual(['processing job started', 'processing job already started']);
  });

  it('skips what is not a new image with an info line, and a too-large one with a warn line', async () => {
    const jobs = memoryJobQueue();
    const def = createMediaUploads({ jobs, maxBytes: 1000 });
    const { ctx, lines } = recordingContext();
    await def.handler(normalized(anUpload('u-1', 'notes.txt', { contentType: 'text/plain' })), ctx);
    await def.handler(normalized(anUpload('u-2', 'big.png', { size: 1001 })), ctx);
    expect(jobs.started).toEqual([]);
    expect(lines).toMatchObject([
      { level: 'info', message: 'upload skipped: not-an-image', key: 'notes.txt' },
      { level: 'warn', message: 'upload skipped: too-large', key: 'big.png', maxBytes: 1000 },
    ]);
  });

  it('fails the event when the job cannot be started', async () => {
    const def = createMediaUploads({
      jobs: { start: () => Promise.reject(new Error('job runner down')), started: [] },
    });
    await expect(def.handler(normalized(anUpload('u-1', 'a.jpg')), recordingContext().ctx)).rejects.toThrow(
      'job runner down',
    );
  });
});
