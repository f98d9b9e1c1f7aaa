import type { Context } from './context.js';
import type { HttpDefinition } from './definition.js';
import { HttpError, MalformedInputError, ResponseError } from './errors.js';

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
  if (error instanceof HttpError) {
    if (error.status >= 500) ctx.log.error('HttpError', { status: error.status, error });
    const headers = { ...PLAIN, ...error.headers };
    return new Response(error.expose ? error.message : null, { status: error.status, headers });
  }
  if (error instanceof MalformedInputError) {
    ctx.log.warn('Malformed request', { error });
    return new Response('Bad Request', { status: 400, headers: PLAIN });
  }
  ctx.log.error('Unhandled error in HTTP handler', { error });
  return new Response('Internal Server Error', { status: 500, headers: PLAIN });
}

/**
 * Runs an HTTP definition: never rejects; errors become responses through `errorResponse`.
 *
 * @example
 * const res = await runHttp(def, new Request('http://x/'), ctx)
 */
export async function runHttp(def: HttpDefinition, request: Request, ctx: Context): Promise<Response> {
  try {
    const res = await def.fetch(request, ctx);
    if (!isResponse(res)) {
      throw new ResponseError(`the HTTP handler must return a Response, got ${res === null ? 'null' : typeof res}`);
    }
    return res;
  } catch (error) {
    return errorResponse(error, ctx);
  }
}
