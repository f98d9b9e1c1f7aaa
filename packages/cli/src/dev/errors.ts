import { FaasportError } from '@faasport/core';

/**
 * An event cannot be delivered to a definition: it is not JSON, no provider's shape matches, or the
 * chosen provider has no way to deliver it to that kind of definition. The dev server answers 400.
 *
 * @example
 * throw new EventRefusedError("orders is a 'queue' definition; a Kinesis batch carries stream records")
 */
export class EventRefusedError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('EVENT_REFUSED', message, options);
  }
}

/**
 * Whether an error is one of faasport's "this input does not fit" errors, by `code`: definitions and
 * adapters may come from another copy of `@faasport/core` (the bundled entry), so `instanceof` can lie.
 *
 * @example
 * if (isRefusal(error)) return c.json({ error: error.message }, 400)
 */
export function isRefusal(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'EVENT_REFUSED' ||
    code === 'UNSUPPORTED_EVENT' ||
    code === 'UNRECOGNIZED_EVENT' ||
    code === 'INVALID_DEFINITION' ||
    code === 'MALFORMED_INPUT'
  );
}
