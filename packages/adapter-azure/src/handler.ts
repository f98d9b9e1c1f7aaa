import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { type Definition, DefinitionError, type HttpDefinition } from '@faasport/core';
import {
  abortMarginOf,
  type ContextHandle,
  type DeadlineOptions,
  errorResponse,
  isDefinition,
  runHttp,
  runWithContext,
  watchDeadline,
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
const GATEWAY_TIMEOUT: DeadlineOptions<Response> = {
  onTimeout: () => new Response('Gateway Timeout', { status: 504, headers: { 'content-type': 'text/plain' } }),
};

function httpHandler(def: HttpDefinition): AzureHttpHandler {
  const timeoutMs = def.options.timeoutSeconds === undefined ? undefined : def.options.timeoutSeconds * 1000;
  const margin = abortMarginOf(def.options);
  return async (request, context) => {
    const ctx = createAzureContext<AzureHttpRaw>({ request, context }, context, timeoutMs, margin);
    try {
      return await runWithContext(ctx, answer, def, request, ctx);
    } finally {
      ctx.dispose();
    }
  };
}

async function answer(def: HttpDefinition, request: HttpRequest, ctx: ContextHandle): Promise<HttpResponseInit> {
  const stream = isHttpStreamEnabled();
  const response = await watchDeadline(ctx, respond(def, request, stream, ctx), GATEWAY_TIMEOUT);
  return toResponseInit(response, stream, ctx);
}

async function respond(def: HttpDefinition, request: HttpRequest, stream: boolean, ctx: ContextHandle) {
  try {
    return await runHttp(def, await fromHttpRequest(request, { stream }), ctx);
  } catch (error) {
    return errorResponse(error, ctx);
  }
}

async function toResponseInit(response: Response, stream: boolean, ctx: ContextHandle): Promise<HttpResponseInit> {
  try {
    return await toHttpResponseInit(response, { stream, log: ctx.log });
  } catch (error) {
    // A body stream that fails mid-read or an unparseable Set-Cookie: answer 500, never a partial 200.
    return toHttpResponseInit(errorResponse(error, ctx));
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return `an object with keys [${Object.keys(value).slice(0, 5).join(', ')}]`;
  return typeof value;
}
