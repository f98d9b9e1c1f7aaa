import { FaasportError } from '@faasport/core';

/**
 * The request body cannot be recovered: something read the stream before the adapter and kept no
 * `rawBody` (e.g. `express.json()` in front of the function outside the Functions Framework).
 * A server set-up error, so the client gets a 500 and the log says why.
 *
 * @example
 * throw new BodyUnavailableError('POST /orders: the body stream was already consumed and no rawBody was saved')
 */
export class BodyUnavailableError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BODY_UNAVAILABLE', message, options);
  }
}

/**
 * What a CloudEvent function rejects with when the event failed (the handler threw, the event could
 * not be normalized, the deadline passed); `cause` is the original value, already logged as
 * "Event failed". The Functions Framework answers a rejection with 500 and, outside
 * `NODE_ENV=production`, the rejection's `message` as the body
 * (https://github.com/GoogleCloudPlatform/functions-framework-nodejs/blob/main/src/logger.ts,
 * `sendCrashResponse`); it also treats a falsy rejection (`throw undefined`) as success and
 * crashes on one whose `message` cannot be read. So the message is the generic body, and the
 * rejection is always a real Error.
 *
 * The arguments are those of every adapter's `EventFailedError`: what failed, the ids of the failed items
 * (here the one event's id), how many there were, and `cause`.
 *
 * @example
 * throw new EventFailedError('CloudEvent', [cloudEvent.id], 1, { cause })
 */
export class EventFailedError extends FaasportError {
  /** What failed (`CloudEvent`). */
  readonly what: string;
  /** Ids of the failed items: the event id. */
  readonly failed: readonly string[];
  /** How many items the invocation carried. */
  readonly total: number;
  /** Ids of items not attempted (none on GCP: one event per invocation). */
  readonly skipped: readonly string[];
  constructor(
    what: string,
    failed: readonly string[],
    total: number,
    options?: { cause?: unknown; skipped?: readonly string[] },
  ) {
    super('EVENT_FAILED', 'Internal Server Error', options);
    this.what = what;
    this.failed = failed;
    this.total = total;
    this.skipped = options?.skipped ?? [];
  }
}
