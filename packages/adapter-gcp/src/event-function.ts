import { UnrecognizedEventError } from '@faasport/core';
import { type ContextHandle, FAIL_AT_DEADLINE, invoke } from '@faasport/core/adapter';
import { kindOf } from './cloud-event-data.js';
import { createCloudEventContext, type FunctionSettings } from './context.js';
import { isGcpCloudEvent } from './detect.js';
import { EventFailedError } from './errors.js';
import { type EventKindDefinition, invokeEvent } from './event-invoke.js';
import type { CloudEventHandlerFunction, GcpCloudEvent, GcpEventRaw } from './types.js';

/**
 * Wraps an event definition as a Functions Framework CloudEvent function (for adapter code; users
 * call `toCloudFunction`). It rejects with `EventFailedError` (failed: the event id; cause: what was thrown) when the
 * handler failed or the event cannot be normalized, after logging why: FF then answers 500 with
 * `X-Google-Status: error` and a generic body, and Eventarc/Pub/Sub retry (when the trigger has
 * retries on) — the event is never acknowledged without a successful handler, whatever it threw.
 *
 * @example
 * functions.cloudEvent('orders', toCloudEventFunction(orders, { functionName: 'orders' }))
 */
export function toCloudEventFunction(def: EventKindDefinition, settings: FunctionSettings): CloudEventHandlerFunction {
  return (cloudEvent) =>
    invoke({
      context: createCloudEventContext(cloudEvent, settings),
      run: (ctx) => invokeEvent(def, { form: 'cloudevent', ce: checked(cloudEvent) }, ctx),
      deadline: FAIL_AT_DEADLINE,
      settle: reject,
    });
}

function checked(cloudEvent: GcpCloudEvent): GcpCloudEvent {
  if (!isGcpCloudEvent(cloudEvent)) throw new UnrecognizedEventError('gcp', notACloudEvent(cloudEvent));
  return cloudEvent;
}

// Logged here, rethrown as the generic EventFailedError: the platform retries, the body says nothing.
function reject(error: unknown, ctx: ContextHandle<GcpEventRaw>): never {
  ctx.log.error('Event failed', { error });
  throw new EventFailedError('CloudEvent', [ctx.invocationId], 1, { cause: error });
}

// FF hands over the body as is when it is neither a CloudEvent nor a convertible legacy event.
function notACloudEvent(value: unknown): string {
  const v = value as { context?: { eventType?: unknown }; eventType?: unknown } | null;
  const legacyType = v?.context?.eventType ?? v?.eventType;
  if (typeof legacyType === 'string') {
    return `legacy event type ${legacyType} has no CloudEvent equivalent in the Functions Framework`;
  }
  const keys = value && typeof value === 'object' ? ` (keys: ${Object.keys(value).slice(0, 6).join(', ')})` : '';
  return `expected a CloudEvent (specversion 1.0, id, source, type), got ${kindOf(value)}${keys}`;
}
