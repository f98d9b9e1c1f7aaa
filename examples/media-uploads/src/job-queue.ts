import type { ProcessingJob } from './job.js';

/**
 * Where jobs are started (a Step Functions execution, a Cloud Tasks queue, a Durable Functions
 * orchestration… in production). `start` must be idempotent by job id: storage events arrive at least once.
 */
export interface JobQueue {
  /** Resolves `true` when the job is new, `false` when a job with that id was already started. */
  start(job: ProcessingJob): Promise<boolean>;
  readonly started: readonly ProcessingJob[];
}

/**
 * An in-memory `JobQueue` that starts each job id once.
 *
 * @example
 * const jobs = memoryJobQueue()
 * await jobs.start(jobFor(ev)) // true
 */
export function memoryJobQueue(): JobQueue {
  const started: ProcessingJob[] = [];
  const ids = new Set<string>();
  return {
    async start(job) {
      if (ids.has(job.id)) return false;
      ids.add(job.id);
      started.push(job);
      return true;
    },
    started,
  };
}
