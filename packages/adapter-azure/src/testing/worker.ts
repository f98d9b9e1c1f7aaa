import type { FunctionsCore, Registration, WorkerLogLine } from './functions-core.js';
import { compileRoute, type RouteMatcher } from './route.js';
import { fromRpcHttpResponse, type RpcHttpResponse, toRpcInvocationRequest } from './rpc-http.js';

/** A registered HTTP function, ready to be invoked the way the Node worker does. */
export interface HttpInvoker {
  readonly registration: Registration;
  /** Lines the library sent to the worker during this function's invocations (user and system). */
  readonly logs: WorkerLogLine[];
  invoke(request: Request): Promise<Response>;
}

/**
 * Drives HTTP invocations of a registered function through the library's own programming model:
 * host routing (404 when the route or method does not match), the RPC input, `getArguments`,
 * `invokeFunction`, `getResponse` (which flattens headers), then the host's answer: a failed
 * invocation is a bare 500, as the host gives.
 *
 * @example
 * const res = await createHttpInvoker(core, registration, 'api').invoke(new Request('http://localhost/api/x'))
 */
export function createHttpInvoker(core: FunctionsCore, registration: Registration, routePrefix: string): HttpInvoker {
  const trigger = Object.entries(registration.metadata.bindings).find(([, b]) => b.type === 'httpTrigger');
  if (!trigger) throw new Error(`function ${registration.metadata.name} has no httpTrigger binding`);
  const [bindingName, binding] = trigger;
  const route = typeof binding.route === 'string' ? binding.route : registration.metadata.name;
  const matcher: RouteMatcher = compileRoute(routePrefix, route);
  const methods = Array.isArray(binding.methods) ? (binding.methods as string[]) : [];
  const logs: WorkerLogLine[] = [];
  return {
    registration,
    logs,
    async invoke(request) {
      const params = matcher(new URL(request.url).pathname);
      if (!params || !methods.includes(request.method)) return new Response(null, { status: 404 });
      const rpc = await toRpcInvocationRequest(request, bindingName, params);
      try {
        return fromRpcHttpResponse(await runInvocation(core, registration, rpc, logs));
      } catch (error) {
        logs.push(failureLine(error));
        return new Response(null, { status: 500 });
      }
    },
  };
}

async function runInvocation(
  core: FunctionsCore,
  registration: Registration,
  request: { invocationId: string },
  logs: WorkerLogLine[],
): Promise<RpcHttpResponse> {
  const response = await invokeRegistered(core, registration, request, logs);
  const http = (response.returnValue as { http?: RpcHttpResponse } | undefined)?.http;
  if (!http) throw new Error(`function ${registration.metadata.name} returned no HTTP response`);
  return http;
}

/**
 * Runs one invocation of a registered function as the Node worker does: the library's
 * `InvocationModel` turns the host's request (`inputData`, `triggerMetadata`, `traceContext`) into the
 * handler's arguments, invokes the handler, and converts what it returned. Rejects when the handler
 * rejects (the host then fails the invocation).
 *
 * @example
 * const response = await invokeRegistered(core, registration, { invocationId, inputData, triggerMetadata }, logs)
 */
export async function invokeRegistered(
  core: FunctionsCore,
  registration: Registration,
  request: { invocationId: string },
  logs: WorkerLogLine[],
): Promise<{ returnValue?: unknown }> {
  const model = core.programmingModel;
  if (!model) throw new Error('no programming model was set');
  const coreCtx = {
    invocationId: request.invocationId,
    request,
    metadata: registration.metadata,
    state: undefined as string | undefined,
    log: (level: string, category: string, message: string) => logs.push({ level, category, message }),
  };
  const invocation = model.getInvocationModel(coreCtx);
  const { context, inputs } = await invocation.getArguments();
  coreCtx.state = 'invocation';
  const result = await invocation.invokeFunction(context, inputs, registration.callback);
  coreCtx.state = undefined;
  return invocation.getResponse(context, result);
}

function failureLine(error: unknown): WorkerLogLine {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { level: 'error', category: 'system', message: `Invocation failed: ${message}` };
}
