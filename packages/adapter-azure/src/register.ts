import type { HttpFunctionOptions, HttpMethod } from '@azure/functions';
import { type Definition, DefinitionError, isDefinition } from '@faasport/core';
import { azure } from './azure-functions.js';
import { toAzureHandler } from './handler.js';
import type { AzureHttpBindings } from './types.js';

const DEFAULT_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const KNOWN_METHODS = new Set<string>([...DEFAULT_METHODS, 'TRACE', 'CONNECT']);
// The host refuses other function names (azure-functions-host Utility.IsValidFunctionName).
const FUNCTION_NAME = /^[a-z][a-z0-9_-]{0,127}$/i;

/**
 * Registers a definition with the Azure Functions host (`app.http` for an `http` definition) and
 * returns the options it registered. Default route: `<options.route ?? name>/{*path}`, so the
 * function answers at `/api/<name>` and every path below it (a Hono app's sub-routes); the
 * catch-all `{*path}` also matches the empty rest. Default methods: all but TRACE and CONNECT;
 * default auth level: `anonymous`.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#customize-the-http-endpoint
 *
 * @example
 * register('api', api) // GET https://<app>.azurewebsites.net/api/api/orders/1 reaches the handler
 */
export function register(name: string, def: Definition, bindings?: AzureHttpBindings): HttpFunctionOptions {
  if (!FUNCTION_NAME.test(name)) {
    throw new DefinitionError(
      `register: invalid Azure function name ${JSON.stringify(name)} (a letter, then up to 127 letters, digits, _ or -)`,
    );
  }
  const handler = toAzureHandler(def);
  if (!isDefinition(def, 'http')) throw new DefinitionError(`register: '${def.kind}' definitions are not supported`);
  const options: HttpFunctionOptions = {
    methods: toMethods(bindings?.methods ?? def.options.methods ?? DEFAULT_METHODS),
    authLevel: bindings?.authLevel ?? 'anonymous',
    route: bindings?.route ?? toRoute(def.options.route ?? name),
    handler,
  };
  azure.app.http(name, options);
  return options;
}

/**
 * The default route template for a base path: the base plus a catch-all.
 *
 * @example
 * toRoute('/orders/') // 'orders/{*path}'
 */
export function toRoute(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  if (trimmed.includes('{')) return trimmed;
  return trimmed === '' ? '{*path}' : `${trimmed}/{*path}`;
}

function toMethods(methods: readonly string[]): HttpMethod[] {
  const out: HttpMethod[] = [];
  for (const method of methods) {
    const upper = method.toUpperCase();
    if (!KNOWN_METHODS.has(upper)) {
      throw new DefinitionError(`register: Azure Functions cannot bind HTTP method ${JSON.stringify(method)}`);
    }
    out.push(upper as HttpMethod);
  }
  return out;
}
