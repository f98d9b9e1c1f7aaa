import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { HttpDefinition } from '@faasport/core';
import {
  abortMarginOf,
  type ContextHandle,
  type DeadlineOptions,
  errorResponse,
  invoke,
  runHttp,
} from '@faasport/core/adapter';
import { createInvocationContext } from './context.js';
import { fromHttpRequest } from './request.js';
import { toHttpResponseInit } from './response.js';
import { isHttpStreamEnabled } from './stream-mode.js';
import type { AzureHttpHandler, AzureHttpRaw } from './types.js';

// Azure does not tell the worker its functionTimeout, and an HTTP answer is cut at 230 s by the load
// balancer (https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout): at the declared
// deadline the adapter answers 504 itself, logged with the invocation id.
const encoder = new TextEncoder();
const GATEWAY_TIMEOUT: DeadlineOptions<HttpResponseInit> = {
  onTimeout: () => ({
    status: 504,
    headers: { 'content-type': 'text/plain' },
    body: encoder.encode('Gateway Timeout'),
  }),
};

/**
 * The HTTP path: the `app.http` handler of an `http` definition,
 * `(request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>`. It never rejects: errors
 * become 4xx/5xx answers (logged through `context.error`), the declared deadline a 504.
 *
 * @example
 * app.http('api', { methods: ['GET'], authLevel: 'anonymous', handler: invokeHttp(api) })
 */
export function invokeHttp(def: HttpDefinition): AzureHttpHandler {
  const timeoutMs = def.options.timeoutSeconds === undefined ? undefined : def.options.timeoutSeconds * 1000;
  const margin = abortMarginOf(def.options);
  return (request, context) => {
    try {
      const ctx = createInvocationContext<AzureHttpRaw>({ request, context }, context, timeoutMs, margin);
      const stream = isHttpStreamEnabled();
      return invoke({
        context: ctx,
        run: () => answer(def, request, stream, ctx),
        deadline: GATEWAY_TIMEOUT,
        // runHttp awaits pending onInit hooks and answers a failed one with a 500.
        init: 'in-run',
        // An HTTP invocation never rejects: whatever failed is a 4xx/5xx answer.
        settle: (error) => toResponseInit(errorResponse(error, ctx), stream, ctx),
      });
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

function answer(def: HttpDefinition, request: HttpRequest, stream: boolean, ctx: ContextHandle) {
  const req = fromHttpRequest(request, { stream });
  const response = req instanceof Promise ? req.then((r) => runHttp(def, r, ctx)) : runHttp(def, req, ctx);
  return response.then((r) => toResponseInit(r, stream, ctx));
}

function toResponseInit(
  response: Response,
  stream: boolean,
  ctx: ContextHandle,
): HttpResponseInit | Promise<HttpResponseInit> {
  let init: HttpResponseInit | Promise<HttpResponseInit>;
  try {
    init = toHttpResponseInit(response, { stream, log: ctx.log });
  } catch (error) {
    init = Promise.reject(error);
  }
  // A body stream that fails mid-read or an unparseable Set-Cookie: answer 500, never a partial 200.
  return init instanceof Promise ? init.catch((error: unknown) => toHttpResponseInit(errorResponse(error, ctx))) : init;
}
