import type { HttpResponseInit } from '@azure/functions';
import { type Definition, DefinitionError, type HttpDefinition, isDefinition } from '@faasport/core';
import { type ContextHandle, errorResponse, runHttp } from '@faasport/core/adapter';
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

function httpHandler(def: HttpDefinition): AzureHttpHandler {
  const timeoutMs = def.options.timeoutSeconds === undefined ? undefined : def.options.timeoutSeconds * 1000;
  return async (request, context) => {
    const stream = isHttpStreamEnabled();
    const ctx = createAzureContext<AzureHttpRaw>({ request, context }, context, timeoutMs);
    try {
      let response: Response;
      try {
        response = await runHttp(def, await fromHttpRequest(request, { stream }), ctx);
      } catch (error) {
        response = errorResponse(error, ctx);
      }
      return await toResponseInit(response, stream, ctx);
    } finally {
      ctx.dispose();
    }
  };
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
