import { FaasportError, InvocationTimeoutError, UnrecognizedEventError } from '@faasport/core';
import { type ContextHandle, FAIL_AT_DEADLINE, invoke } from '@faasport/core/adapter';
import { kindOf } from './cloud-event-data.js';
import { fromCloudEventRequest } from './cloud-event-request.js';
import { createInvocationContext, type FunctionSettings } from './context.js';
import { isPubSubPushBody, isSchedulerRequest } from './detect.js';
import { type Arrival, type EventKindDefinition, invokeEvent } from './event-invoke.js';
import type { CloudFunctionRequest, CloudFunctionResponse, CloudHttpFunction, GcpRaw } from './types.js';

// Errors about the input itself are a 400, anything else a 500; either body is generic (the log has the detail).
const INPUT_ERRORS = new Set(['UNRECOGNIZED_EVENT', 'UNSUPPORTED_EVENT', 'MALFORMED_INPUT', 'VALIDATION_FAILED']);

/**
 * Wraps an event definition as an HTTP function (`signatureType: 'http'`): reads a Cloud Scheduler
 * HTTP-target request, a raw Pub/Sub push body or a CloudEvent (binary or structured) from the
 * request, runs the handler once and answers 204 when it succeeded. Otherwise a non-2xx (400 for
 * input that cannot be normalized, 500 when the handler failed, 504 at a declared deadline), so Pub/Sub push and Cloud
 * Scheduler retry (https://cloud.google.com/pubsub/docs/push#receive_push). The body is the status
 * text only, whatever was thrown; the "Event failed" log line has the detail. Never rejects.
 *
 * @example
 * functions.http('nightly', toEventHttpFunction(nightly, { functionName: 'nightly' }))
 */
export function toEventHttpFunction(def: EventKindDefinition, settings: FunctionSettings): CloudHttpFunction {
  return (req, res) => handleEventRequest(def, settings, req, res);
}

function handleEventRequest(
  def: EventKindDefinition,
  settings: FunctionSettings,
  req: CloudFunctionRequest,
  res: CloudFunctionResponse,
): Promise<void> {
  return invoke({
    context: createInvocationContext(req, res, settings),
    run: (ctx) => invokeEvent(def, arrivalOf(req), ctx).then(() => acknowledge(ctx)),
    deadline: FAIL_AT_DEADLINE,
    settle: fail,
  });
}

// A handler that succeeds after the deadline's 504 has nothing left to answer.
function acknowledge(ctx: ContextHandle<GcpRaw>): void {
  const res = ctx.raw.res;
  if (res.headersSent) return;
  res.statusCode = 204;
  res.end();
}

/**
 * What an HTTP-signature event function received: a Scheduler request, a CloudEvent or a push body;
 * anything else is an `UnrecognizedEventError`.
 *
 * @example
 * await invokeEvent(def, arrivalOf(req), ctx)
 */
export function arrivalOf(req: CloudFunctionRequest): Arrival {
  if (isSchedulerRequest(req.headers)) return { form: 'scheduler', req };
  const ce = fromCloudEventRequest(req);
  if (ce) return { form: 'cloudevent', ce };
  if (isPubSubPushBody(req.body)) return { form: 'push', body: req.body };
  throw new UnrecognizedEventError(
    'gcp',
    `${req.method} ${req.originalUrl ?? req.url} (content-type ${req.headers['content-type'] ?? 'none'}, body ${kindOf(req.body)}) is neither a Cloud Scheduler request, a CloudEvent nor a Pub/Sub push body`,
  );
}

const BODIES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  500: 'Internal Server Error',
  504: 'Gateway Timeout',
};

function fail(error: unknown, ctx: ContextHandle<GcpRaw>): void {
  const res = ctx.raw.res;
  ctx.log.error('Event failed', { error });
  const status = statusOf(error);
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(BODIES[status]);
}

// `instanceof` on a hostile value (a revoked proxy) throws: that is a 500 like any other failure.
function statusOf(error: unknown): number {
  try {
    if (error instanceof FaasportError && INPUT_ERRORS.has(error.code)) return 400;
    return error instanceof InvocationTimeoutError ? 504 : 500;
  } catch {
    return 500;
  }
}
