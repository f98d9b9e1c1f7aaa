import { type Definition, DefinitionError, type HttpDefinition } from '@faasport/core';
import { isDefinition } from '@faasport/core/adapter';
import { invokeEvent } from './event-invoke.js';
import { invokeHttp } from './http-invoke.js';
import type { AzureHttpHandler, AzureTriggerHandler } from './types.js';

/**
 * Wraps a faasport definition as an Azure Functions (Node v4 model) handler. For an `http`
 * definition: `(request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>`, which
 * never rejects (errors become 4xx/5xx responses, logged through `context.error`). For every other
 * kind: `(trigger, context) => Promise<…>` that tells the source by `context.options.trigger.type`
 * and rejects when a message failed, so the platform retries it (see the README for each source).
 *
 * @example
 * app.http('api', { methods: ['GET', 'POST'], authLevel: 'anonymous', handler: toAzureHandler(api) })
 */
export function toAzureHandler(def: HttpDefinition): AzureHttpHandler;
export function toAzureHandler(def: Exclude<Definition, HttpDefinition>): AzureTriggerHandler;
export function toAzureHandler(def: Definition): AzureHttpHandler | AzureTriggerHandler;
export function toAzureHandler(def: Definition): AzureHttpHandler | AzureTriggerHandler {
  if (!isDefinition(def)) {
    throw new DefinitionError(`toAzureHandler expects a faasport definition, got ${describe(def)}`);
  }
  return def.kind === 'http' ? invokeHttp(def) : invokeEvent(def);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return `an object with keys [${Object.keys(value).slice(0, 5).join(', ')}]`;
  return typeof value;
}
