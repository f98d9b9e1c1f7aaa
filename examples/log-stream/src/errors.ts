import { FaasportError } from '@faasport/core';

/**
 * A stream record that does not hold log entries (bytes that are not UTF-8, a line that is not
 * JSON, an entry without a level…). It fails its record, which stops the batch there.
 *
 * @example
 * throw new MalformedLogError('record 49590338271490256608559692538361571095921575989136588898', 'line 2 is not JSON')
 */
export class MalformedLogError extends FaasportError {
  readonly recordId: string;
  constructor(recordId: string, detail: string, options?: { cause?: unknown }) {
    super('MALFORMED_LOG', `record ${recordId}: ${detail}`, options);
    this.recordId = recordId;
  }
}
