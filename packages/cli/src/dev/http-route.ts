import type { AppState } from './app-state.js';
import type { LambdaApiHost } from './lambda-api.js';
import { readBody } from './read-body.js';
import { matchRoute } from './routes.js';

const NO_BODY = new Set(['GET', 'HEAD']);

/**
 * The request's URL rebuilt on the server's own origin: its path and query as received, appended as text.
 * Never `new URL(path, base)`: a path starting with `//` (`//evil.example/x`) would become an authority
 * there (https://url.spec.whatwg.org/#relative-slash-state). The Host header and an absolute-form target
 * (`GET http://evil.example/x`) pick no host either: only the path and query are kept.
 *
 * @example
 * onOrigin(new Request('http://evil.example//x?y'), 'http://127.0.0.1:3000').href // 'http://127.0.0.1:3000//x?y'
 */
export function onOrigin(request: Request, origin: string): URL {
  const received = new URL(request.url);
  return new URL(`${origin}${received.pathname}${received.search}`);
}

/**
 * Serves an HTTP request through the definition its path belongs to (the prefix taken off), with the
 * body capped (413 over the cap); 404 listing the routes when none matches. Logs one line per call.
 * The function sees a URL on `origin` (the server's own, e.g. `http://127.0.0.1:3000`) with the path kept.
 *
 * @example
 * app.all('*', (c) => httpRoute(c.req.raw, state, host, randomUUID(), 'http://127.0.0.1:3000'))
 */
export async function httpRoute(
  request: Request,
  state: AppState,
  host: LambdaApiHost,
  invocationId: string,
  origin: string,
): Promise<Response> {
  const url = onOrigin(request, origin);
  const match = matchRoute(state.routes, url.pathname);
  const runner = match && state.runners.get(match.route.name);
  if (!match || !runner) {
    const routes = state.routes.map((r) => `${r.prefix || ''}/`);
    return Response.json(
      { error: { code: 'NO_ROUTE', message: `no HTTP function at ${url.pathname}`, routes } },
      { status: 404 },
    );
  }
  const started = performance.now();
  const what = `${request.method} ${url.pathname}${url.search}`;
  const record = (outcome: string) =>
    host.record({
      fn: match.route.name,
      what,
      invocationId,
      ms: performance.now() - started,
      outcome,
      via: state.deliverer.provider,
    });
  let body: Uint8Array | undefined;
  if (!NO_BODY.has(request.method)) {
    body = await readBody(request, host.bodyLimit);
    if (!body) {
      record('413');
      return Response.json({ message: 'Request Entity Too Large' }, { status: 413 });
    }
  }
  const forwarded = new Request(`${origin}${match.path}${url.search}`, {
    method: request.method,
    headers: request.headers,
    ...(body && body.byteLength > 0 ? { body: body as Uint8Array<ArrayBuffer> } : {}),
  });
  try {
    const response = await runner.fetch(forwarded, invocationId);
    record(String(response.status));
    return response;
  } catch (error) {
    record(`failed: ${(error as Error).message}`);
    return Response.json({ message: 'Internal Server Error' }, { status: 500 });
  }
}
