import type { HttpDefinition } from '@faasport/core';
import { errorResponse, installFastResponse, runHttp } from '@faasport/core/adapter';
import { httpSourceOf } from './http-sources.js';
import { createInvocationContext } from './invocation.js';
import { eventHeaderLookup } from './request.js';
import type { LambdaContext, LambdaHttpResult } from './types.js';

/**
 * Runs an HTTP definition for one Lambda HTTP event. Rejects only for an event that is not HTTP
 * (Lambda then reports a failed invocation); every other failure becomes a response.
 *
 * @example
 * const result = await invokeHttp(api, event, context)
 */
export async function invokeHttp(
  def: HttpDefinition,
  event: unknown,
  context: LambdaContext,
): Promise<LambdaHttpResult> {
  installFastResponse();
  const source = httpSourceOf(event);
  let request: Request | undefined;
  let malformed: unknown;
  try {
    request = source.toRequest(event);
  } catch (error) {
    malformed = error;
  }
  // Trace headers come from the event itself, so the lazy Request's Headers stay unbuilt.
  const ctx = createInvocationContext(event, context, eventHeaderLookup(event as object));
  try {
    const res = request ? await runHttp(def, request, ctx) : errorResponse(malformed, ctx);
    const method = request?.method;
    try {
      return await source.toResult(res, event, method, ctx.log);
    } catch (error) {
      // The body stream failed mid-read: answer with the error response instead.
      return await source.toResult(errorResponse(error, ctx), event, method, ctx.log);
    }
  } finally {
    ctx.dispose();
  }
}
