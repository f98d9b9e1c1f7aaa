import type { AppState } from './app-state.js';
import { isRefusal } from './errors.js';
import type { LambdaApiHost } from './lambda-api.js';
import { readBody } from './read-body.js';
import { summarize } from './summarize.js';

function problem(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...extra } }, { status });
}

/**
 * `POST /_faasport/<name>[?source=…]`: fires the JSON body (a normalized event or a native payload)
 * at the definition and answers the `FireResult` (200, whatever the handlers did); 400 when the event
 * cannot be delivered, 404 for an unknown name, 413 over the body cap.
 *
 * @example
 * app.post('/_faasport/:name', (c) => fireRoute(c.req.raw, c.req.param('name'), state, host, randomUUID))
 */
export async function fireRoute(
  request: Request,
  name: string,
  state: AppState,
  host: LambdaApiHost,
  newId: () => string,
): Promise<Response> {
  const def = state.definitions.get(name);
  if (!def) {
    const names = [...state.definitions.keys()];
    return problem(404, 'NO_SUCH_FUNCTION', `no export named ${JSON.stringify(name)}; exports: ${names.join(', ')}`);
  }
  const body = await readBody(request, host.bodyLimit);
  if (!body) return problem(413, 'TOO_LARGE', `the event is over ${host.bodyLimit} bytes`);
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(body));
  } catch (error) {
    return problem(400, 'EVENT_REFUSED', `the event is not JSON: ${(error as Error).message}`);
  }
  const source = new URL(request.url).searchParams.get('source') ?? undefined;
  const started = performance.now();
  const record = (outcome: string) =>
    host.record({
      fn: name,
      what: `event${source ? ` ${source}` : ''}`,
      invocationId: newId(),
      ms: performance.now() - started,
      outcome,
      via: state.deliverer.provider,
    });
  try {
    const result = await state.deliverer.fire(name, def, payload, source);
    record(summarize(result));
    return Response.json(result);
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    record(`refused: ${message}`);
    if (isRefusal(error)) return problem(400, error.code, message);
    return problem(500, 'DELIVERY_FAILED', message);
  }
}
