import type { HttpFunctionOptions, HttpMethod } from '@azure/functions';
import {
  type Definition,
  DefinitionError,
  type EventDefinition,
  type HttpDefinition,
  type QueueDefinition,
  type ScheduleDefinition,
  type StorageDefinition,
  type StreamDefinition,
  type TopicDefinition,
} from '@faasport/core';
import { isDefinition } from '@faasport/core/adapter';
import { azure } from './azure-functions.js';
import { toAzureHandler } from './handler.js';
import { installAzureShutdown } from './lifecycle.js';
import { type AzureEventFunctionOptions, registerEvent } from './register-events.js';
import type {
  AzureBindings,
  AzureEventBindings,
  AzureHttpBindings,
  AzureQueueBindings,
  AzureStorageBindings,
  AzureStreamBindings,
  AzureTopicBindings,
  TimerBindings,
} from './types.js';

const DEFAULT_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const KNOWN_METHODS = new Set<string>([...DEFAULT_METHODS, 'TRACE', 'CONNECT']);
// The host refuses other function names (azure-functions-host Utility.IsValidFunctionName).
const FUNCTION_NAME = /^[a-z][a-z0-9_-]{0,127}$/i;

/**
 * Registers a definition with the Azure Functions host and returns the options it passed to `app.*`.
 * `http`: `app.http` with default route `<options.route ?? name>/{*path}` (the function answers at
 * `/api/<name>` and every path below it), all methods but TRACE and CONNECT, auth level `anonymous`.
 * Event kinds: the `app.*` call named by `bindings.source` (`storage-queue` → `app.storageQueue`,
 * `service-bus` → `app.serviceBusQueue`/`app.serviceBusTopic`, `event-grid` → `app.eventGrid`,
 * `event-grid-webhook` → `app.http`, `blob` → `app.storageBlob`, `event-hubs` → `app.eventHub`,
 * `cosmos-db` → `app.cosmosDB`); a `schedule` → `app.timer` with its NCRONTAB (`toNcrontab`).
 * The first call also registers one `app.hook.appTerminate` that runs the `onShutdown` hooks.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#customize-the-http-endpoint
 *
 * @example
 * register('orders', orders, { source: 'service-bus', queueName: 'orders', connection: 'ServiceBus' })
 */
export function register(name: string, def: HttpDefinition, bindings?: AzureHttpBindings): HttpFunctionOptions;
export function register<T>(
  name: string,
  def: QueueDefinition<T>,
  bindings: AzureQueueBindings,
): AzureEventFunctionOptions;
export function register<T>(
  name: string,
  def: TopicDefinition<T>,
  bindings: AzureTopicBindings,
): AzureEventFunctionOptions;
export function register(
  name: string,
  def: StorageDefinition,
  bindings: AzureStorageBindings,
): AzureEventFunctionOptions;
export function register(name: string, def: ScheduleDefinition, bindings?: TimerBindings): AzureEventFunctionOptions;
export function register(name: string, def: StreamDefinition, bindings: AzureStreamBindings): AzureEventFunctionOptions;
export function register<T>(
  name: string,
  def: EventDefinition<T>,
  bindings: AzureEventBindings,
): AzureEventFunctionOptions;
export function register(
  name: string,
  def: Definition,
  bindings?: AzureBindings,
): HttpFunctionOptions | AzureEventFunctionOptions;
export function register(
  name: string,
  def: Definition,
  bindings?: AzureBindings,
): HttpFunctionOptions | AzureEventFunctionOptions {
  if (!FUNCTION_NAME.test(name)) {
    throw new DefinitionError(
      `register: invalid Azure function name ${JSON.stringify(name)} (a letter, then up to 127 letters, digits, _ or -)`,
    );
  }
  if (!isDefinition(def)) throw new DefinitionError(`register('${name}'): not a faasport definition`);
  const options =
    def.kind === 'http'
      ? registerHttp(name, def, bindings as AzureHttpBindings | undefined)
      : registerEvent(name, def, bindings);
  installAzureShutdown();
  return options;
}

function registerHttp(name: string, def: HttpDefinition, bindings: AzureHttpBindings | undefined): HttpFunctionOptions {
  const options: HttpFunctionOptions = {
    methods: toMethods(bindings?.methods ?? def.options.methods ?? DEFAULT_METHODS),
    authLevel: bindings?.authLevel ?? 'anonymous',
    route: bindings?.route ?? toRoute(def.options.route ?? name),
    handler: toAzureHandler(def),
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
