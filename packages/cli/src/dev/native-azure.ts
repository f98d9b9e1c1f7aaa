import az from '@azure/functions';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import type { Definition } from '@faasport/core';
import { isRefusal } from './errors.js';
import { type FireResult, toJsonSafe } from './fire-result.js';
import type { NativeEvent } from './native-event.js';

type Json = Record<string, unknown>;
type AnyHandler = (trigger: unknown, context: az.InvocationContext) => Promise<unknown>;

interface Call {
  readonly type: string;
  readonly cardinality?: string;
  readonly trigger: unknown;
  readonly metadata?: Json;
}

// A trigger capture holds the handler's first argument and `context.triggerMetadata` as the library
// hands them over; Event Grid events arrive one per invocation; the webhook handshake is an HTTP call.
function callsOf(native: NativeEvent): Call[] {
  const json = native.payload as Json;
  if (native.shape === 'event-grid') {
    const events = Array.isArray(json) ? json : [json];
    return events.map((trigger) => ({ type: 'eventGridTrigger', trigger }));
  }
  if (native.shape === 'event-grid-webhook') {
    const request = new az.HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/events',
      headers: json.headers as Record<string, string>,
      body: { string: JSON.stringify(json.body) },
    });
    return [{ type: 'httpTrigger', trigger: request }];
  }
  const length = typeof json.inputLengthBytes === 'number' ? json.inputLengthBytes : 0;
  return [
    {
      type: String(json.trigger),
      ...(typeof json.cardinality === 'string' ? { cardinality: json.cardinality } : {}),
      trigger: json.input ?? Buffer.alloc(length),
      ...(json.triggerMetadata ? { metadata: json.triggerMetadata as Json } : {}),
    },
  ];
}

/**
 * Delivers an Azure payload the way the Node worker hands it to a v4 handler: `toAzureHandler(def)`
 * with the library's real `InvocationContext` whose `options.trigger` names the trigger type. A
 * rejection is `failed` (the host retries), except the adapter's refusal of the event, rethrown for a 400.
 *
 * @example
 * const result = await deliverAzureNative('orders', orders, detectNative(storageQueueCapture))
 */
export async function deliverAzureNative(name: string, def: Definition, native: NativeEvent): Promise<FireResult> {
  const handler = toAzureHandler(def as Exclude<Definition, { kind: 'http' }>) as unknown as AnyHandler;
  const results: unknown[] = [];
  let failed = 0;
  for (const call of callsOf(native)) {
    const { context, logs } = createInvocationContext({ functionName: name });
    context.options.trigger = {
      name: 'trigger',
      type: call.type,
      ...(call.cardinality ? { cardinality: call.cardinality } : {}),
    } as az.FunctionTrigger;
    if (call.metadata) context.triggerMetadata = call.metadata;
    try {
      results.push({ result: toJsonSafe((await handler(call.trigger, context)) ?? null), logs });
    } catch (error) {
      if (isRefusal(error)) throw error;
      failed += 1;
      results.push({ error: toJsonSafe(error), logs });
    }
  }
  return {
    function: name,
    provider: 'azure',
    via: `azure ${native.shape} (native)`,
    outcome: failed === 0 ? 'ok' : failed === results.length ? 'failed' : 'partial',
    results,
  };
}
