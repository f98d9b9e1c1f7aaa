import type { HttpDefinition, PayloadTooLargeError } from '@faasport/core';
import {
  type ContextHandle,
  type DeadlineOptions,
  errorResponse,
  installFastResponse,
  invoke,
  type ResponseParts,
  runHttp,
  takeResponseParts,
} from '@faasport/core/adapter';
import { createInvocationContext, type FunctionSettings } from './context.js';
import { oversizedResponse } from './limits.js';
import { fromExpressRequest } from './request.js';
import { sendResponse, sendResponseParts } from './response.js';
import type { CloudFunctionRequest, CloudFunctionResponse, CloudHttpFunction, GcpRaw } from './types.js';

type Ctx = ContextHandle<GcpRaw>;
const PLAIN = { 'content-type': 'text/plain; charset=utf-8' };

// Without a declared deadline there is nothing to watch.
const UNWATCHED: DeadlineOptions<void> = {};

/**
 * Wraps an HTTP definition as a Functions Framework HTTP function (for adapter code; users call
 * `toCloudFunction`). The returned promise never rejects. With a deadline (`timeoutSeconds`, else
 * `CLOUD_RUN_TIMEOUT_SECONDS`) a handler still running at it gets a logged 504.
 *
 * @example
 * functions.http('api', toHttpFunction(api, { functionName: 'api' }))
 */
export function toHttpFunction(def: HttpDefinition, settings: FunctionSettings): CloudHttpFunction {
  installFastResponse();
  const run = (ctx: Ctx): Promise<void> => respond(def, ctx.raw.req, ctx).then((response) => send(ctx, response));
  return (req, res) => invokeHttp(def, run, settings, req, res);
}

// Promise chains, not async functions: under FF's domains and AsyncLocalStorage every promise runs
// async hooks, and each `await` adds one more.
function invokeHttp(
  def: HttpDefinition,
  run: (ctx: Ctx) => Promise<void>,
  settings: FunctionSettings,
  req: CloudFunctionRequest,
  res: CloudFunctionResponse,
): Promise<void> {
  const ctx = createInvocationContext(req, res, settings);
  const onClose = (): void => {
    if (!res.writableFinished) ctx.abort(new DOMException('The client disconnected', 'AbortError'));
  };
  res.on('close', onClose);
  const timed = settings.timeoutMs === undefined ? undefined : new GatewayTimeout(def, ctx);
  return invoke<void, GcpRaw>({
    context: ctx,
    // runHttp runs pending onInit hooks itself and answers a failed one with a 500.
    init: 'in-run',
    run: timed ? timed.run : run,
    deadline: timed ?? UNWATCHED,
    settle: failAfterStart,
    cleanup: () => res.off('close', onClose),
  });
}

// Cloud Run answers 504 at its timeout but lets the instance run on
// (https://cloud.google.com/run/docs/configuring/request-timeout): at the declared deadline the
// adapter answers 504 itself, so the timeout is visible in the function's own log and response.
// Only the handler is timed: a response already being written at the deadline is written to the end, and a
// handler that answers after the 504 has its response discarded (the deadline watch logs it).
class GatewayTimeout implements DeadlineOptions<void> {
  readonly #def: HttpDefinition;
  readonly #ctx: Ctx;
  #sending: void | Promise<void> | undefined;
  #late = false;
  constructor(def: HttpDefinition, ctx: Ctx) {
    this.#def = def;
    this.#ctx = ctx;
  }
  readonly run = (ctx: Ctx): Promise<void> =>
    respond(this.#def, ctx.raw.req, ctx).then((response) => {
      if (this.#late) return;
      this.#sending = send(ctx, response);
      return this.#sending;
    });
  readonly onTimeout = (): void | Promise<void> => {
    this.#late = true;
    return this.#sending ?? send(this.#ctx, new Response('Gateway Timeout', { status: 504, headers: PLAIN }));
  };
}

function send(ctx: Ctx, response: Response): void | Promise<void> {
  const res = ctx.raw.res;
  // A response built from a string or bytes is written without streams (and without a promise).
  const parts = takeResponseParts(response);
  const tooLarge = parts ? oversizedParts(parts) : oversizedResponse(response);
  if (!tooLarge) return parts ? sendResponseParts(res, parts) : sendResponse(res, response);
  ctx.log.error('Response too large for the platform', { error: tooLarge, size: tooLarge.size, limit: tooLarge.limit });
  const serverError = (): Promise<void> =>
    sendResponse(res, new Response('Internal Server Error', { status: 500, headers: PLAIN }));
  const body = response.body;
  return body ? body.cancel().then(serverError, serverError) : serverError();
}

// The limit applies to a declared content-length, which a fast response rarely has.
function oversizedParts(parts: ResponseParts): PayloadTooLargeError | undefined {
  for (const [name, value] of parts.headers) {
    if (name === 'content-length') return oversizedResponse(new Response(null, { headers: { [name]: value } }));
  }
  return undefined;
}

// Not async: with the body already read by FF, the request is built synchronously.
function respond(def: HttpDefinition, req: CloudFunctionRequest, ctx: Ctx): Promise<Response> {
  let request: Request | Promise<Request>;
  try {
    request = fromExpressRequest(req);
  } catch (error) {
    return Promise.resolve(errorResponse(error, ctx));
  }
  if (request instanceof Promise) {
    return request.then(
      (built) => runHttp(def, built, ctx),
      (error: unknown) => errorResponse(error, ctx),
    );
  }
  return runHttp(def, request, ctx);
}

// Reached only when writing the response failed (e.g. the body stream threw midway).
function failAfterStart(error: unknown, ctx: Ctx): void {
  const res = ctx.raw.res;
  ctx.log.error('Failed to send the response', { error });
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('Internal Server Error');
}
