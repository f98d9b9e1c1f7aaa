import { PayloadTooLargeError } from '@faasport/core';
import type { LambdaHttpResult } from './types.js';

/**
 * The most bytes Lambda returns from a synchronous invocation: 6 MB for the whole JSON result (status,
 * headers, and the body, base64 included). Lambda's own error names this figure: "Response payload
 * size exceeded maximum allowed payload size (6291556 bytes)".
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export const LAMBDA_RESPONSE_LIMIT = 6_291_556;

/**
 * An ALB takes at most 1 MB of response JSON from a Lambda target.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export const ALB_RESPONSE_LIMIT = 1_048_576;

// JSON escaping grows a string at most 6× (a control character becomes \u00XX); with 64 KB left for
// status and headers, a body below this many characters cannot reach the limit and is not measured.
const unmeasured = (limit: number): number => Math.floor((limit - 65_536) / 6);
const UNMEASURED = new Map([
  [LAMBDA_RESPONSE_LIMIT, unmeasured(LAMBDA_RESPONSE_LIMIT)],
  [ALB_RESPONSE_LIMIT, unmeasured(ALB_RESPONSE_LIMIT)],
]);

const FIX =
  'stream it instead: export toStreamingLambda(def) from @faasport/adapter-aws/streaming behind a Function URL with ' +
  'InvokeMode RESPONSE_STREAM (up to 200 MB), or return a link to the object in S3';
const ALB_FIX = `an ALB cannot stream; put API Gateway or a Function URL in front and ${FIX}`;

/**
 * The error for a Lambda HTTP result larger than `limit` (Lambda's 6 MB, or an ALB's 1 MB), or
 * `undefined` when it fits. Only a body of more than a sixth of the limit is measured (by serializing
 * the result as Lambda will).
 *
 * @example
 * const tooLarge = oversizedResult(result); if (tooLarge) ctx.log.error('Response too large', { error: tooLarge })
 */
export function oversizedResult(
  result: LambdaHttpResult,
  limit: number = LAMBDA_RESPONSE_LIMIT,
): PayloadTooLargeError | undefined {
  const body = result.body;
  if (typeof body !== 'string' || body.length < (UNMEASURED.get(limit) ?? unmeasured(limit))) return undefined;
  const size = Buffer.byteLength(JSON.stringify(result));
  if (size <= limit) return undefined;
  const alb = limit === ALB_RESPONSE_LIMIT;
  const what = alb ? 'the HTTP response as JSON for the ALB' : 'the HTTP response as a Lambda JSON result';
  return new PayloadTooLargeError('aws', what, size, limit, alb ? ALB_FIX : FIX);
}
