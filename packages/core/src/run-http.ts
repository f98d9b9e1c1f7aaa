import type { Context } from './context.js';
import type { HttpDefinition } from './definition.js';
import { HttpError, MalformedInputError, ResponseError } from './errors.js';
import { pendingInit } from './lifecycle.js';
import { logRequest, type RequestLogMode, requestLogMode } from './request-log.js';

const PLAIN = { 'content-type': 'text/plain; charset=utf-8' };

function isResponse(value: unknown): value is Response {
  if (value instanceof Response) return true;
  // A Response from another realm or a polyfill still works if it has the Web shape.
  const v = value as Partial<Response> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.status === 'number' &&
    typeof v.arrayBuffer === 'function' &&
    v.headers instanceof Headers
  );
}

/**
 * Turns an error into the response the client sees: `HttpError` keeps its status (and its message
 * when one was given), malformed platform input is a 400, anything else a 500 that reveals nothing.
 * The log line has the message and the stack.
 *
 * @example
 * const res = errorResponse(new HttpError(404, 'No such order'), ctx)
 */
export function errorResponse(error: unknown, ctx: Pick<Context, 'log'>): Response {
  const kind = kindOf(error);
  if (kind instanceof HttpError) return httpErrorResponse(kind, ctx);
  if (kind === 'malformed') {
    ctx.log.warn('Malformed request', { error });
    return new Response('Bad Request', { status: 400, headers: PLAIN });
  }
  ctx.log.error('Unhandled error in HTTP handler', { error });
  return new Response('Internal Server Error', { status: 500, headers: PLAIN });
}

function httpErrorResponse(error: HttpError, ctx: Pick<Context, 'log'>): Response {
  if (error.status >= 500) ctx.log.error('HttpError', { status: error.status, error });
  const headers = { ...PLAIN, ...error.headers };
  try {
    return new Response(error.expose ? error.message : null, { status: error.status, headers });
  } catch (invalid) {
    // A header with CR/LF (or a bad name) must never reach the platform as a split header.
    const bad = new ResponseError(`HttpError(${error.status}) carries a header that is not valid HTTP`, {
      cause: invalid,
    });
    ctx.log.error('Invalid HttpError headers', { error: bad, httpError: error });
    return new Response('Internal Server Error', { status: 500, headers: PLAIN });
  }
}

// `instanceof` runs proxy traps: a hostile thrown value (a revoked proxy) is a plain 500, never a throw.
function kindOf(error: unknown): HttpError | 'malformed' | 'other' {
  try {
    if (error instanceof HttpError) return error;
    return error instanceof MalformedInputError ? 'malformed' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * Runs an HTTP definition: never rejects; errors become responses through `errorResponse`. Waits for
 * pending `onInit` hooks first (a failed one is a 500 with the `InitError` logged). When the
 * request log is on (`requestLog` option or `FAASPORT_REQUEST_LOG`), writes one line per call.
 *
 * @example
 * const res = await runHttp(def, new Request('http://x/'), ctx)
 */
export function runHttp(def: HttpDefinition, request: Request, ctx: Context): Promise<Response> {
  const mode = requestLogMode(def.options);
  // Not async itself: with the log off (the default) the hot path adds no promise of its own.
  return mode === 'off' ? respond(def, request, ctx) : respondLogged(def, request, ctx, mode);
}

async function respondLogged(
  def: HttpDefinition,
  request: Request,
  ctx: Context,
  mode: Exclude<RequestLogMode, 'off'>,
): Promise<Response> {
  const start = performance.now();
  const res = await respond(def, request, ctx);
  logRequest(ctx.log, request, res.status, performance.now() - start, mode);
  return res;
}

async function respond(def: HttpDefinition, request: Request, ctx: Context): Promise<Response> {
  try {
    const init = pendingInit();
    if (init) await init;
    const res = await def.fetch(request, ctx);
    if (!isResponse(res)) {
      throw new ResponseError(`the HTTP handler must return a Response, got ${res === null ? 'null' : typeof res}`);
    }
    return res;
  } catch (error) {
    return errorResponse(error, ctx);
  }
}
