import { PayloadTooLargeError } from '@faasport/core';

/**
 * Cloud Run (and so Cloud Run functions) answers with at most 32 MiB over HTTP/1 when the size is
 * declared up front; a chunked (streamed) response has no such cap.
 * https://cloud.google.com/run/quotas#cloud_run_limits, https://cloud.google.com/functions/quotas
 */
export const GCP_RESPONSE_LIMIT = 33_554_432;

const FIX =
  'drop the content-length header so the body streams chunked (return a Response with a ReadableStream body), ' +
  'or serve the object from Cloud Storage with a signed URL';

/**
 * The error for a response that declares a `content-length` over Cloud Run's 32 MiB, else `undefined`.
 * faasport writes bodies chunked unless the handler declared their length, so only that case is capped.
 *
 * @example
 * const tooLarge = oversizedResponse(res)
 */
export function oversizedResponse(res: Response): PayloadTooLargeError | undefined {
  const declared = res.headers.get('content-length');
  if (declared === null) return undefined;
  const size = Number(declared);
  if (!(size > GCP_RESPONSE_LIMIT)) return undefined;
  return new PayloadTooLargeError('gcp', 'the HTTP response', size, GCP_RESPONSE_LIMIT, FIX);
}
