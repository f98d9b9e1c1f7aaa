import { type StorageDefinition, type StorageEvent, storage } from '@faasport/core';
import { jobFor, OUTPUT_PREFIX } from './job.js';
import { type JobQueue, memoryJobQueue } from './job-queue.js';
import { isImage } from './media-type.js';

/** Why an event starts no job. */
export type SkipReason = 'not-created' | 'own-output' | 'not-an-image' | 'empty' | 'too-large';

/** Default largest image processed: 50 MiB. */
export const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Decides whether a storage event starts a job: only newly created, non-empty images under
 * `maxBytes` that are not the function's own output.
 *
 * @example
 * skipReason({ kind: 'deleted', key: 'a.jpg', … }, MAX_BYTES) // 'not-created'
 */
export function skipReason(ev: StorageEvent, maxBytes: number): SkipReason | undefined {
  if (ev.kind !== 'created') return 'not-created';
  if (ev.key.startsWith(OUTPUT_PREFIX)) return 'own-output';
  if (!isImage(ev)) return 'not-an-image';
  if (ev.size === 0) return 'empty';
  if (ev.size !== undefined && ev.size > maxBytes) return 'too-large';
  return undefined;
}

/** What `createMediaUploads` needs. */
export interface MediaUploadsOptions {
  /** Default: an in-memory queue (replace it with your job runner). */
  readonly jobs?: JobQueue;
  readonly maxBytes?: number;
}

/**
 * The uploads trigger: a created image starts one processing job; anything else is logged and
 * skipped (acknowledged: there is nothing to retry). A job that cannot be started fails the event,
 * so the platform delivers it again.
 *
 * @example
 * export const handler = toLambda(createMediaUploads({ jobs: stepFunctionsQueue }))
 */
export function createMediaUploads(options: MediaUploadsOptions = {}): StorageDefinition {
  const jobs = options.jobs ?? memoryJobQueue();
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  return storage(async (ev, ctx) => {
    const where = { bucket: ev.bucket, key: ev.key, kind: ev.kind, size: ev.size };
    const reason = skipReason(ev, maxBytes);
    if (reason) {
      // Too large is the one skip someone should look at; the others are routine.
      if (reason === 'too-large') ctx.log.warn('upload skipped: too-large', { ...where, maxBytes });
      else ctx.log.info(`upload skipped: ${reason}`, where);
      return;
    }
    const job = jobFor(ev);
    const isNew = await jobs.start(job);
    ctx.log.info(isNew ? 'processing job started' : 'processing job already started', { ...where, jobId: job.id });
  });
}

/** The deployed function (entry files `aws.ts`, `gcp.ts`, `azure.ts`). */
export const mediaUploads = createMediaUploads();
