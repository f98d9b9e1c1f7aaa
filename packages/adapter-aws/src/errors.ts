import { FaasportError } from '@faasport/core';

/**
 * The handler failed for an event Lambda delivered in one invocation (SNS, S3, EventBridge): the
 * invocation fails on purpose so Lambda's own retry and dead-letter rules apply. `cause` is the
 * handler's error (an `AggregateError` when several records of one event failed).
 *
 * @example
 * throw new EventFailedError('S3 record', ['photos/cat.jpg'], 2, { cause })
 */
export class EventFailedError extends FaasportError {
  /** Ids of the failed items (message id, object key, event id). */
  readonly failed: readonly string[];
  /** Ids of items not run because an earlier one failed (empty on AWS's one-invocation sources today). */
  readonly skipped: readonly string[];
  constructor(
    what: string,
    failed: readonly string[],
    total: number,
    options?: { cause?: unknown; skipped?: readonly string[] },
  ) {
    const skipped = options?.skipped ?? [];
    super(
      'EVENT_FAILED',
      `aws: ${failed.length} of ${total} ${what}(s) failed (${failed.slice(0, 5).join(', ')})` +
        (skipped.length > 0 ? `, ${skipped.length} skipped` : '') +
        '; the invocation fails so Lambda retries it',
      options,
    );
    this.failed = failed;
    this.skipped = skipped;
  }
}
