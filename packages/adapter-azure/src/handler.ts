import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { type Definition, DefinitionError, type HttpDefinition } from '@faasport/core';
import {
  abortMarginOf,
  type ContextHandle,
  type DeadlineOptions,
  errorResponse,
  invoke,
  isDefinition,
  runHttp,
} from '@faasport/core/adapter';
import { createAzureContext } from './context.js';
import { toEventHandler } from './event-handler.js';
import { fromHttpRequest } from './request.js';
import { toHttpResponseInit } from './response.js';
import { isHttpStreamEnabled } from './stream-mode.js';
import type { AzureHttpHandler, AzureHttpRaw, AzureTriggerHandler } from './types.js';

/**
 * Wraps a faasport definition as an Azure Functions (Node v4 model) handler. For an `http`
 * definition: `(request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>`, which
 * never rejects (errors become 4xx/5xx responses, logged through `context.error`). For every other
 * kind: `(trigger, context) => Promise<…>` that tells the source by `context.options.trigger.type`
 * and rejects when a message failed, so the platform retries it (see the README for each source).
 *
 * @example
 * app.http('api', { methods: ['GET', 'POST'], authLevel: 'anonymous', handler: toAzureHandler(api) })
 */
export function toAzureHandler(def: HttpDefinition): AzureHttpHandler;
export function toAzureHandler(def: Exclude<Definition, HttpDefinition>): AzureTriggerHandler;
export function toAzureHandler(def: Definition): AzureHttpHandler | AzureTriggerHandler;
export function toAzureHandler(def: Definition): AzureHttpHandler | AzureTriggerHandler {
  if (!isDefinition(def)) {
    throw new DefinitionError(`toAzureHandler expects a faasport definition, got ${describe(def)}`);
  }
  return def.kind === 'http' ? httpHandler(def) : toEventHandler(def);
}

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

function httpHandler(def: HttpDefinition): AzureHttpHandler {
  const timeoutMs = def.options.timeoutSeconds === undefined ? undefined : def.options.timeoutSeconds * 1000;
  const margin = abortMarginOf(def.options);
  return (request, context) => {
    try {
      const ctx = createAzureContext<AzureHttpRaw>({ request, context }, context, timeoutMs, margin);
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

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return `an object with keys [${Object.keys(value).slice(0, 5).join(', ')}]`;
  return typeof value;
}
