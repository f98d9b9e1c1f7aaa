import { DEFINITION, type FetchHandler, type HttpDefinition, type HttpOptions } from './definition.js';
import { DefinitionError } from './errors.js';

/** Anything with a `fetch(request, ...)` method, e.g. a Hono app. */
export interface FetchApp {
  fetch(request: Request, ...rest: never[]): Response | Promise<Response>;
}

/**
 * Defines an HTTP function from a Web `Request` → `Response` handler or an app with `fetch` (Hono).
 *
 * @example
 * export const api = http(async (req, ctx) => Response.json({ hello: ctx.provider }))
 */
export function http(handler: FetchHandler | FetchApp, options: HttpOptions = {}): HttpDefinition {
  return { [DEFINITION]: true, kind: 'http', fetch: toFetchHandler(handler), options };
}

function toFetchHandler(handler: FetchHandler | FetchApp): FetchHandler {
  if (typeof handler === 'function') return handler;
  if (handler !== null && typeof handler === 'object' && typeof handler.fetch === 'function') {
    const app = handler as { fetch(req: Request, env?: unknown, ctx?: unknown): Response | Promise<Response> };
    // Hono's fetch(request, env, executionCtx): pass the context as env so `c.env` is the faasport context.
    return (request, ctx) => app.fetch(request, ctx);
  }
  throw new DefinitionError(
    `http() expects a function (req, ctx) => Response or an object with a fetch method, got ${typeof handler}`,
  );
}
