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
