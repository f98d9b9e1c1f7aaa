import type { HttpDefinition } from '@faasport/core';
import {
  type ContextHandle,
  type DeadlineOptions,
  errorResponse,
  installFastResponse,
  invoke,
  runHttp,
} from '@faasport/core/adapter';
import { createInvocationContext, type LambdaRaw } from './context.js';
import { type HttpSource, httpSourceOf } from './http-sources.js';
import { ALB_RESPONSE_LIMIT, LAMBDA_RESPONSE_LIMIT, oversizedResult } from './limits.js';
import { eventHeaderLookup } from './request.js';
import type { LambdaContext, LambdaHttpResult } from './types.js';

/**
 * Lambda stops the invocation itself at the deadline and freezes the process, so the timeout line is
 * written just before it; the runtime then reports "Task timed out".
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html
 */
export const LAMBDA_DEADLINE: DeadlineOptions<never> = { earlyMs: 50 };

type Ctx = ContextHandle<LambdaRaw>;

/**
 * Runs an HTTP definition for one Lambda HTTP event. Rejects only for an event that is not HTTP
 * (Lambda then reports a failed invocation); every other failure becomes a response, and a result
 * over Lambda's 6 MB limit becomes a logged 500 that names the limit and the streaming fix.
 *
 * @example
 * const result = await invokeHttp(api, event, context)
 */
export function invokeHttp(
  def: HttpDefinition,
  event: unknown,
  context: LambdaContext,
  abortMarginMs?: number,
): Promise<LambdaHttpResult> {
  installFastResponse();
  let source: HttpSource<unknown>;
  let ctx: Ctx;
  try {
    source = httpSourceOf(event);
    // Trace headers come from the event itself, so the lazy Request's Headers stay unbuilt.
    ctx = createInvocationContext(event, context, eventHeaderLookup(event as object), abortMarginMs);
  } catch (error) {
    return Promise.reject(error);
  }
  let request: Request | undefined;
  let malformed: unknown;
  try {
    request = source.toRequest(event);
  } catch (error) {
    malformed = error;
  }
  // runHttp awaits pending onInit hooks itself and answers a failed one with a 500.
  return invoke({
    context: ctx,
    run: (c) => answer(def, source, event, request, malformed, c),
    deadline: LAMBDA_DEADLINE,
    init: 'in-run',
  });
}

async function answer(
  def: HttpDefinition,
  source: HttpSource<unknown>,
  event: unknown,
  request: Request | undefined,
  malformed: unknown,
  ctx: Ctx,
): Promise<LambdaHttpResult> {
  const res = request ? await runHttp(def, request, ctx) : errorResponse(malformed, ctx);
  const method = request?.method;
  let result: LambdaHttpResult;
  try {
    result = await source.toResult(res, event, method, ctx.log);
  } catch (error) {
    // The body stream failed mid-read: answer with the error response instead.
    return source.toResult(errorResponse(error, ctx), event, method, ctx.log);
  }
  const tooLarge = oversizedResult(result, source.name === 'alb' ? ALB_RESPONSE_LIMIT : LAMBDA_RESPONSE_LIMIT);
  if (!tooLarge) return result;
  ctx.log.error('Response too large for the platform', { error: tooLarge, size: tooLarge.size, limit: tooLarge.limit });
  return source.toResult(
    new Response('Internal Server Error', { status: 500, headers: PLAIN }),
    event,
    method,
    ctx.log,
  );
}

const PLAIN = { 'content-type': 'text/plain; charset=utf-8' };
