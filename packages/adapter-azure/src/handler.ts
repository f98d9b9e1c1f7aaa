import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { type Definition, DefinitionError, type HttpDefinition, isDefinition } from '@faasport/core';
import {
  type ContextHandle,
  coldStartFlag,
  createContext,
  createLogger,
  errorResponse,
  type LogSink,
  parseTraceparent,
  runHttp,
} from '@faasport/core/adapter';
import { fromHttpRequest } from './request.js';
import { toHttpResponseInit } from './response.js';
import { isHttpStreamEnabled } from './stream-mode.js';
import type { AzureHttpHandler, AzureHttpRaw } from './types.js';

const isColdStart = coldStartFlag();

/**
 * Wraps a faasport definition as an Azure Functions (Node v4 model) handler. For an `http`
 * definition: `(request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>`;
 * it never rejects (errors become 4xx/5xx responses, logged through `context.error`).
 *
 * @example
 * app.http('api', { methods: ['GET', 'POST'], authLevel: 'anonymous', handler: toAzureHandler(api) })
 */
export function toAzureHandler(def: Definition): AzureHttpHandler {
  if (!isDefinition(def)) {
    throw new DefinitionError(`toAzureHandler expects a faasport definition, got ${describe(def)}`);
  }
  if (def.kind !== 'http') {
    throw new DefinitionError(`toAzureHandler: '${def.kind}' definitions are not supported on Azure yet (only http)`);
  }
  return httpHandler(def);
}

function httpHandler(def: HttpDefinition): AzureHttpHandler {
  const timeoutMs = def.options.timeoutSeconds === undefined ? undefined : def.options.timeoutSeconds * 1000;
  return async (request, context) => {
    const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
    const stream = isHttpStreamEnabled();
    const ctx = createAzureContext(request, context, deadline);
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

function createAzureContext(
  request: HttpRequest,
  context: InvocationContext,
  deadline: number | undefined,
): ContextHandle<AzureHttpRaw> {
  const trace = parseTraceparent(context.traceContext?.traceParent, context.traceContext?.traceState);
  // Azure indexes the level of each context.debug/info/warn/error call; the line stays JSON.
  const sink: LogSink = (level, line) => context[level](line);
  const log = createLogger({
    format: 'azure',
    invocationId: context.invocationId,
    functionName: context.functionName,
    sink,
    ...(trace && { trace }),
  });
  return createContext<AzureHttpRaw>({
    provider: 'azure',
    functionName: context.functionName,
    invocationId: context.invocationId,
    coldStart: isColdStart(),
    log,
    raw: { request, context },
    ...(deadline !== undefined && { deadline }),
    ...(trace && { trace }),
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return `an object with keys [${Object.keys(value).slice(0, 5).join(', ')}]`;
  return typeof value;
}
