import type { HttpDefinition } from '@faasport/core';
import type { Transport } from '@faasport/core/adapter';
import { register } from '../register.js';
import type { AzureHttpBindings } from '../types.js';
import { captureRegistration, type FunctionMetadata, type WorkerLogLine } from './functions-core.js';
import { createHttpInvoker } from './worker.js';

/** Options of `azureTransport`. */
export interface AzureTransportOptions {
  /** The function name given to `register`; default `'faasport'`. */
  readonly name?: string;
  /** Passed to `register`; default route `'{*path}'`, so every path reaches the function. */
  readonly bindings?: AzureHttpBindings;
  /** host.json `extensions.http.routePrefix`; default `''`, so URLs reach the handler unchanged. */
  readonly routePrefix?: string;
}

/** The Azure transport, plus what the library registered and logged. */
export interface AzureTransport extends Transport {
  readonly metadata: FunctionMetadata;
  /** Every line the library sent to the worker: `category: 'user'` for `context.log`/`info`/`error`… */
  readonly logs: WorkerLogLine[];
}

/**
 * A `fetch` through Azure Functions' real Node library: `register()` runs `app.http` against a
 * stand-in for the worker's `@azure/functions-core`, and each request is invoked the way the worker
 * does it (host RPC data → the library's InvocationModel → the handler → the library's response
 * conversion, which flattens headers → what the host sends back). No network involved.
 *
 * @example
 * const t = azureTransport(api); const res = await t.fetch(new Request('http://localhost/hello'))
 */
export function azureTransport(def: HttpDefinition, options: AzureTransportOptions = {}): AzureTransport {
  const name = options.name ?? 'faasport';
  const bindings: AzureHttpBindings = { route: '{*path}', ...options.bindings };
  const { core, registration } = captureRegistration(() => register(name, def, bindings));
  const invoker = createHttpInvoker(core, registration, options.routePrefix ?? '');
  return {
    name: 'azure',
    metadata: registration.metadata,
    logs: invoker.logs,
    fetch: (request) => invoker.invoke(request),
    async close() {},
  };
}
