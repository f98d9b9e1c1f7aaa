import { kindsOfTrigger, sources } from '@faasport/adapter-azure/testing';
import type { DefinitionKind } from '@faasport/core';
import { isCloudEvent } from '@faasport/core/adapter';
import { EventRefusedError } from './errors.js';
import type { NativeEvent } from './native-event.js';

type Json = Record<string, unknown>;

// Trigger type → kinds, derived from the adapter's one source list.
const TRIGGERS: ReadonlyMap<string, readonly DefinitionKind[]> = new Map(
  sources.filter((entry) => entry.runs !== 'http').map((entry) => [entry.trigger, kindsOfTrigger(entry.trigger)]),
);
const EVENT_GRID: readonly DefinitionKind[] = kindsOfTrigger('eventGridTrigger');
// A CloudEvent is Azure's when its type or source says so; any other CloudEvent is left to GCP (Eventarc).
const AZURE_TYPE = /^(Microsoft|Azure)\./;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEventGridEvent(value: unknown): boolean {
  if (isCloudEvent(value)) return AZURE_TYPE.test(value.type) || value.source.startsWith('/subscriptions/');
  return isObject(value) && typeof value.eventType === 'string' && typeof value.subject === 'string';
}

/**
 * Recognises what an Azure Functions handler receives: a trigger capture
 * (`{ trigger: 'queueTrigger', input, triggerMetadata }`), Event Grid events (Event Grid or
 * CloudEvents schema, one or an array), or an Event Grid subscription-validation handshake.
 * An HTTP capture is refused: HTTP functions take real requests at their route.
 *
 * @example
 * detectAzure({ trigger: 'timerTrigger', input: { isPastDue: false } })?.kinds // ['schedule']
 */
export function detectAzure(payload: unknown): NativeEvent | undefined {
  if (isObject(payload) && typeof payload.trigger === 'string') {
    if (payload.trigger === 'httpTrigger') {
      throw new EventRefusedError(
        'an Azure HTTP trigger capture carries no request to replay: send HTTP requests to the function route',
      );
    }
    const kinds = TRIGGERS.get(payload.trigger);
    if (!kinds) throw new EventRefusedError(`the Azure trigger '${payload.trigger}' has no faasport trigger kind`);
    return { provider: 'azure', shape: payload.trigger, description: `an Azure ${payload.trigger}`, kinds, payload };
  }
  if (isObject(payload) && isObject(payload.headers) && 'aeg-event-type' in payload.headers && 'body' in payload) {
    const description = 'an Event Grid webhook request';
    return { provider: 'azure', shape: 'event-grid-webhook', description, kinds: EVENT_GRID, payload };
  }
  const events = Array.isArray(payload) ? payload : [payload];
  if (events.length > 0 && events.every(isEventGridEvent)) {
    return { provider: 'azure', shape: 'event-grid', description: 'Event Grid events', kinds: EVENT_GRID, payload };
  }
  return undefined;
}
