import { FaasportError } from '@faasport/core';

/**
 * Some messages or records of a batch invocation failed (Service Bus and Event Hubs with
 * `cardinality: 'many'`, Cosmos DB, an Event Grid webhook delivery). Azure cannot settle a batch per
 * message, so the invocation fails as a whole and the platform's retry rule applies to the batch.
 * The same signature as every adapter's `EventFailedError`.
 *
 * @example
 * if (error instanceof EventFailedError) console.log(error.failed) // ids, in batch order
 */
export class EventFailedError extends FaasportError {
  /** Ids of the failed items (message ids, sequence numbers, document ids). */
  readonly failed: readonly string[];
  /** Ids never handed to the handler (a stream stops at its first failure). */
  readonly skipped: readonly string[];
  constructor(
    what: string,
    failed: readonly string[],
    total: number,
    options?: { cause?: unknown; skipped?: readonly string[] },
  ) {
    const skipped = options?.skipped ?? [];
    const ids = failed.slice(0, 10).join(', ');
    const rest = skipped.length > 0 ? `; ${skipped.length} later item(s) not run` : '';
    super(
      'EVENT_FAILED',
      `${what}: ${failed.length} of ${total} failed (${ids})${rest}; the whole batch fails`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.failed = failed;
    this.skipped = skipped;
  }
}

/**
 * What a one-message invocation (cardinality one) rejects with when its handler threw something
 * that is not a readable Error (`throw undefined`, a plain object, an Error whose `message` getter
 * throws): the worker reads `name`, `message` and `stack` of a rejection, so it gets this instead,
 * with the thrown value as `cause` (already logged). A readable Error is rethrown as it is.
 *
 * @example
 * if (error instanceof HandlerFailedError) console.log(error.cause)
 */
export class HandlerFailedError extends FaasportError {
  constructor(options: { cause: unknown }) {
    super(
      'HANDLER_FAILED',
      'the handler threw a value that is not a readable Error (the "Invocation failed" log line has it); the invocation fails so the platform retries',
      options,
    );
  }
}
