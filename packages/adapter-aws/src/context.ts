import type { Trace } from '@faasport/core';
import {
  type ContextHandle,
  coldStartFlag,
  createContext,
  createLogger,
  parseTraceparent,
} from '@faasport/core/adapter';
import { lambdaLogFormat } from './log-format.js';
import type { HeaderLookup } from './request.js';
import { fromXRayHeader } from './trace.js';
import type { LambdaContext } from './types.js';

/** What `ctx.raw` holds on AWS: Lambda's own event and context, untouched. */
export interface LambdaRaw {
  readonly event: unknown;
  readonly context: LambdaContext;
}

const isColdStart = coldStartFlag();

/**
 * Builds the faasport context of one Lambda invocation. `headers` (when the event is HTTP) supply
 * the trace; otherwise Lambda's `_X_AMZN_TRACE_ID` does. The deadline is Lambda's own
 * (`getRemainingTimeInMillis`); `ctx.signal` aborts `abortMarginMs` before it.
 *
 * @example
 * const ctx = createInvocationContext(event, context, request.headers, 500)
 */
export function createInvocationContext(
  event: unknown,
  context: LambdaContext,
  headers: HeaderLookup | undefined,
  abortMarginMs?: number,
): ContextHandle<LambdaRaw> {
  const invocationId = context.awsRequestId;
  const functionName = context.functionName;
  // Lambda's JSON log format carries no trace field (X-Ray links lines by request id), so the
  // logger needs none and the trace is only looked up if the handler reads ctx.trace.
  const log = createLogger({ format: lambdaLogFormat, invocationId, functionName });
  return createContext<LambdaRaw>({
    provider: 'aws',
    functionName,
    invocationId,
    remaining:
      typeof context.getRemainingTimeInMillis === 'function' ? () => context.getRemainingTimeInMillis() : undefined,
    coldStart: isColdStart(),
    log,
    trace: () => traceOf(headers),
    raw: { event, context },
    abortMarginMs,
  });
}

function traceOf(headers: HeaderLookup | undefined): Trace | undefined {
  if (headers) {
    const w3c = parseTraceparent(headers.get('traceparent'), headers.get('tracestate'));
    if (w3c) return w3c;
    const xray = fromXRayHeader(headers.get('x-amzn-trace-id'));
    if (xray) return xray;
  }
  // https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
  return fromXRayHeader(process.env._X_AMZN_TRACE_ID);
}
