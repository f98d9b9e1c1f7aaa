import { type CloudEvent, type Context, type EventDefinition, MalformedInputError, type Schema } from '@faasport/core';
import { validate } from '@faasport/core/adapter';
import type { EventBridgeEvent } from './event-types.js';
import { settleEach } from './settle.js';

/**
 * Maps an EventBridge event to a CloudEvent 1.0: id, source, type = `detail-type`, time, subject =
 * the first of `resources` (when there is one), data = `detail` (validated by the schema when given:
 * a mismatch rejects with `ValidationError`).
 * https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
 *
 * @example
 * const ce = await fromEventBridgeEvent(event) // { specversion: '1.0', type: 'OrderPurchased', … }
 */
export async function fromEventBridgeEvent<T = unknown>(
  event: EventBridgeEvent,
  schema?: Schema<T>,
): Promise<CloudEvent<T>> {
  if (event.id === '' || event.source === '' || event['detail-type'] === '') {
    throw new MalformedInputError('EventBridge event: id, source and detail-type must be non-empty');
  }
  const data = schema
    ? await validate(schema, event.detail, `EventBridge event ${event.id} detail`)
    : (event.detail as T);
  const subject = event.resources?.[0];
  return {
    specversion: '1.0',
    id: event.id,
    source: event.source,
    type: event['detail-type'],
    ...(typeof event.time === 'string' ? { time: event.time } : {}),
    ...(typeof subject === 'string' ? { subject } : {}),
    datacontenttype: 'application/json',
    data,
  };
}

/**
 * Runs an event definition for one EventBridge event; a failure rejects so EventBridge's retry
 * policy and the Lambda async retry apply.
 *
 * @example
 * await invokeEventBridge(audit, event, ctx)
 */
export function invokeEventBridge<T>(def: EventDefinition<T>, event: EventBridgeEvent, ctx: Context): Promise<void> {
  const item = { id: event.id, load: () => fromEventBridgeEvent(event, def.options.schema) };
  return settleEach([item], (ce) => def.handler(ce, ctx), ctx, 'EventBridge event');
}
