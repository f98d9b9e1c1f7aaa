import { FaasportError } from '@faasport/core';

/**
 * Some messages or records of a batch invocation failed (Service Bus and Event Hubs with
 * `cardinality: 'many'`, Cosmos DB, an Event Grid webhook delivery). Azure cannot settle a batch per
 * message, so the invocation fails as a whole and the platform's retry rule applies to the batch.
 *
 * @example
 * if (error instanceof BatchFailedError) console.log(error.failed) // ids, in batch order
 */
export class BatchFailedError extends FaasportError {
  /** Ids of the failed items (message ids, sequence numbers, document ids). */
  readonly failed: readonly string[];
  /** Ids never handed to the handler (a stream stops at its first failure). */
  readonly skipped: readonly string[];
  constructor(what: string, total: number, failed: readonly string[], skipped: readonly string[] = []) {
    const ids = failed.slice(0, 10).join(', ');
    const rest = skipped.length > 0 ? `; ${skipped.length} later item(s) not run` : '';
    super('BATCH_FAILED', `${what}: ${failed.length} of ${total} failed (${ids})${rest}; the whole batch fails`);
    this.failed = failed;
    this.skipped = skipped;
  }
}
