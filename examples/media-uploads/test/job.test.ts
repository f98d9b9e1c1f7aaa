import { describe, expect, it } from 'vitest';
import { jobFor, OUTPUT_PREFIX, VARIANTS } from '../src/job.js';
import { anUpload, normalized } from './helpers.js';

describe('jobFor', () => {
  it('keeps the decoded key and writes every variant under the output prefix', () => {
    const job = jobFor(normalized(anUpload('u-1', 'holiday photos/beach + sunset.jpg')));
    expect(job).toEqual({
      id: 'uploads/holiday photos/beach + sunset.jpg@etag-u-1',
      bucket: 'uploads',
      key: 'holiday photos/beach + sunset.jpg',
      size: 48_213,
      contentType: 'image/jpeg',
      variants: VARIANTS,
      outputs: [
        'processed/thumbnail-256/holiday photos/beach + sunset.jpg',
        'processed/web-1600/holiday photos/beach + sunset.jpg',
      ],
      uploadedAt: new Date('2024-05-01T12:00:00Z'),
    });
    expect(job.outputs.every((o) => o.startsWith(OUTPUT_PREFIX))).toBe(true);
  });

  it('identifies a version by its time when there is no etag, and leaves out unknown fields', () => {
    const job = jobFor(
      normalized(anUpload('u-2', 'a.png', { etag: undefined, size: undefined, contentType: undefined })),
    );
    expect(job.id).toBe('uploads/a.png@2024-05-01T12:00:00.000Z');
    expect(job).not.toHaveProperty('size');
    expect(job).not.toHaveProperty('contentType');
  });
});
