import type { InvocationContext } from '@azure/functions';
import { isCloudEvent } from '@faasport/core/adapter';
import { sources } from './sources.js';

/** The native sources this adapter tells apart, by `context.options.trigger.type`. */
export type AzureSource =
  | 'storage-queue'
  | 'service-bus'
  | 'event-grid'
  | 'timer'
  | 'blob'
  | 'event-hubs'
  | 'cosmos-db'
  | 'http';

// Binding types as the library registers them (src/trigger.ts of @azure/functions), from the one source list;
// the host compares them case-insensitively, so do we.
const BY_TRIGGER_TYPE: Readonly<Record<string, AzureSource>> = Object.fromEntries(
  sources.map((entry) => [entry.trigger.toLowerCase(), entry.runs]),
);

/**
 * Which source invoked the function, from the registered trigger binding; `undefined` for any other
 * trigger type (SQL, Web PubSub, MCP…).
 *
 * @example
 * sourceOf(context) // 'service-bus' when context.options.trigger.type is 'serviceBusTrigger'
 */
export function sourceOf(context: InvocationContext): AzureSource | undefined {
  const type = context.options?.trigger?.type;
  return typeof type === 'string' ? BY_TRIGGER_TYPE[type.toLowerCase()] : undefined;
}

/**
 * Whether the trigger binding delivers batches (`cardinality: 'many'`). The input's shape cannot
 * tell: a single message whose JSON body is an array arrives as an array too.
 *
 * @example
 * isBatchTrigger(context) // true for app.eventHub({ cardinality: 'many', … })
 */
export function isBatchTrigger(context: InvocationContext): boolean {
  const cardinality = context.options?.trigger?.cardinality;
  return typeof cardinality === 'string' && cardinality.toLowerCase() === 'many';
}

/** An event in the Event Grid schema. https://learn.microsoft.com/azure/event-grid/event-schema */
export interface EventGridSchemaEvent {
  readonly id: string;
  readonly topic?: string;
  readonly subject?: string;
  readonly eventType: string;
  readonly eventTime: string;
  readonly data?: unknown;
  readonly dataVersion?: string;
  readonly metadataVersion?: string;
}

/**
 * An Event Grid schema event: string `id`, `eventType` and `eventTime`, and no `specversion`
 * (which marks the CloudEvents schema).
 *
 * @example
 * isEventGridSchemaEvent({ id: '1', eventType: 'X', eventTime: '2020-01-01T00:00:00Z', subject: '' }) // true
 */
export function isEventGridSchemaEvent(value: unknown): value is EventGridSchemaEvent {
  if (typeof value !== 'object' || value === null || 'specversion' in value) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.eventType === 'string' && typeof v.eventTime === 'string';
}

/**
 * An event in the CloudEvents 1.0 schema, as Event Grid delivers it (`specversion: '1.0'`, `id`, `source`, `type`).
 *
 * @example
 * isCloudEventsSchemaEvent({ specversion: '1.0', id: '1', source: '/x', type: 'T' }) // true
 */
export const isCloudEventsSchemaEvent = isCloudEvent;

/** Event Grid's subscription-validation event type. */
export const SUBSCRIPTION_VALIDATION = 'Microsoft.EventGrid.SubscriptionValidationEvent';

/**
 * A real Event Grid subscription-validation handshake on a webhook: the `aeg-event-type:
 * SubscriptionValidation` header AND a body of exactly one `SubscriptionValidationEvent` with a
 * string `data.validationCode`. Either half alone is a look-alike, not a handshake.
 * https://learn.microsoft.com/azure/event-grid/webhook-event-delivery
 *
 * @example
 * validationCodeOf('SubscriptionValidation', body) // '512d38b6-…' or undefined
 */
export function validationCodeOf(eventTypeHeader: string | null, body: unknown): string | undefined {
  if (eventTypeHeader?.toLowerCase() !== 'subscriptionvalidation') return undefined;
  if (!Array.isArray(body) || body.length !== 1) return undefined;
  const event: unknown = body[0];
  if (!isEventGridSchemaEvent(event) || event.eventType !== SUBSCRIPTION_VALIDATION) return undefined;
  const code = (event.data as { validationCode?: unknown } | null | undefined)?.validationCode;
  return typeof code === 'string' && code !== '' ? code : undefined;
}
