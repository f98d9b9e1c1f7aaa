import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  type Definition,
  type DefinitionKind,
  type HttpDefinition,
  MalformedInputError,
  type QueueDefinition,
  type StorageDefinition,
  type StreamDefinition,
  type TopicDefinition,
  UnrecognizedEventError,
  UnsupportedEventError,
} from '@faasport/core';
import { abortMarginOf, type ContextHandle, FAIL_AT_DEADLINE, invoke } from '@faasport/core/adapter';
import { fromBlobTrigger } from './blob.js';
import { createInvocationContext } from './context.js';
import { fromCosmosDocument } from './cosmos-db.js';
import { type AzureSource, isBatchTrigger, sourceOf } from './detect.js';
import { fromEventGridBlob, fromEventGridMessage, toValidatedCloudEvent } from './event-grid.js';
import { handleEventGridWebhook } from './event-grid-webhook.js';
import { fromEventHubsEvent } from './event-hubs.js';
import { stringOf } from './payload.js';
import { fromServiceBusMessage } from './service-bus.js';
import { settleBatch, settleOne } from './settle.js';
import { kindsOf, SOURCE_NAMES } from './sources.js';
import { fromStorageQueueMessage } from './storage-queue.js';
import { fromTimer } from './timer.js';
import type { AzureEventRaw, AzureTriggerHandler } from './types.js';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;
type Ctx = ContextHandle<AzureEventRaw>;

// Which definition kinds each native source can feed (DESIGN.md, Events table), derived from the one list.
const KINDS = Object.fromEntries(SOURCE_NAMES.map((source) => [source, kindsOf(source)])) as Readonly<
  Record<AzureSource, readonly DefinitionKind[]>
>;

/**
 * The handler of an event definition: it tells the source by `context.options.trigger.type` (and
 * `cardinality`), normalizes the input, runs the definition's handler and settles as the platform
 * does: a failure throws (the invocation fails), a batch with any failure throws `BatchFailedError`.
 * An unknown trigger type is an `UnrecognizedEventError`, a source the kind cannot take an
 * `UnsupportedEventError`. For an HTTP trigger (Event Grid webhook) it answers an `HttpResponseInit`.
 *
 * @example
 * app.storageQueue('orders', { queueName: 'orders', connection: 'AzureWebJobsStorage', handler: invokeEvent(orders) })
 */
export function invokeEvent(def: EventKindDefinition): AzureTriggerHandler {
  const timeoutMs = def.options.timeoutSeconds === undefined ? undefined : def.options.timeoutSeconds * 1000;
  const margin = abortMarginOf(def.options);
  return (trigger, context) => {
    try {
      const ctx = createInvocationContext<AzureEventRaw>({ trigger, context }, context, timeoutMs, margin);
      // At a declared deadline the invocation fails (the message is retried, never acknowledged); a failure
      // rejects, so the platform's retry rule applies.
      return invoke({ context: ctx, run: () => dispatch(def, trigger, context, ctx), deadline: FAIL_AT_DEADLINE });
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

function dispatch(
  def: EventKindDefinition,
  trigger: unknown,
  context: InvocationContext,
  ctx: Ctx,
): Promise<HttpResponseInit | undefined> {
  const source = sourceOf(context);
  const type = String(context.options?.trigger?.type);
  if (!source) throw new UnrecognizedEventError('azure', `trigger type '${type}' is not one faasport maps`);
  if (!KINDS[source].includes(def.kind)) {
    throw new UnsupportedEventError(
      'azure',
      `a ${def.kind} definition cannot take ${source} events (trigger '${type}')`,
    );
  }
  if (source === 'http') return handleEventGridWebhook(def as WebhookDefinition, trigger as HttpRequest, context, ctx);
  switch (def.kind) {
    case 'queue':
    case 'topic':
      return runMessage(def, source, trigger, context, ctx);
    case 'storage':
      return runStorage(def, source, trigger, context, ctx);
    case 'schedule':
      return settleOne(
        () => fromTimer(trigger, context, Date.now()),
        (ev) => def.handler(ev, ctx),
        ctx,
      );
    case 'stream':
      return runStream(def, source, trigger, context, ctx);
    case 'event':
      return settleOne(
        () => toValidatedCloudEvent(trigger, def.options.schema),
        (ce) => def.handler(ce, ctx),
        ctx,
      );
  }
}

type WebhookDefinition = Extract<EventKindDefinition, { kind: 'topic' | 'storage' | 'event' }>;
type MessageDefinition = QueueDefinition | TopicDefinition;

function runMessage(
  def: MessageDefinition,
  source: AzureSource,
  trigger: unknown,
  context: InvocationContext,
  ctx: Ctx,
) {
  const handle = (msg: Parameters<MessageDefinition['handler']>[0]) => def.handler(msg, ctx);
  const schema = def.options.schema;
  if (source === 'storage-queue')
    return settleOne(() => fromStorageQueueMessage(trigger, context, schema), handle, ctx);
  if (source === 'event-grid') {
    return settleOne(() => fromEventGridMessage(trigger, { trigger, context }, schema), handle, ctx);
  }
  if (!isBatchTrigger(context))
    return settleOne(() => fromServiceBusMessage(trigger, context, undefined, schema), handle, ctx);
  const items = batchOf(trigger, 'Service Bus').map((body, i) => ({
    id: itemId(context, 'messageIdArray', i),
    load: () => fromServiceBusMessage(body, context, i, schema),
  }));
  return settleBatch(items, handle, 'independent', ctx, 'Service Bus batch');
}

function runStorage(
  def: StorageDefinition,
  source: AzureSource,
  trigger: unknown,
  context: InvocationContext,
  ctx: Ctx,
) {
  const handle = (ev: Parameters<StorageDefinition['handler']>[0]) => def.handler(ev, ctx);
  if (source === 'blob') return settleOne(() => fromBlobTrigger(trigger, context), handle, ctx);
  return settleOne(() => fromEventGridBlob(trigger, { trigger, context }), handle, ctx);
}

function runStream(def: StreamDefinition, source: AzureSource, trigger: unknown, context: InvocationContext, ctx: Ctx) {
  const handle = (rec: Parameters<StreamDefinition['handler']>[0]) => def.handler(rec, ctx);
  if (source === 'cosmos-db') {
    const items = batchOf(trigger, 'Cosmos DB').map((doc, i) => ({
      id: stringOf((doc as { id?: unknown } | null)?.id) ?? `#${i}`,
      load: () => fromCosmosDocument(doc, context),
    }));
    return settleBatch(items, handle, 'stop-at-first', ctx, 'Cosmos DB change batch');
  }
  if (!isBatchTrigger(context)) return settleOne(() => fromEventHubsEvent(trigger, context), handle, ctx);
  const items = batchOf(trigger, 'Event Hubs').map((body, i) => ({
    id: itemId(context, 'sequenceNumberArray', i),
    load: () => fromEventHubsEvent(body, context, i),
  }));
  return settleBatch(items, handle, 'stop-at-first', ctx, 'Event Hubs batch');
}

function batchOf(trigger: unknown, what: string): unknown[] {
  if (!Array.isArray(trigger)) {
    throw new MalformedInputError(`${what} trigger has cardinality 'many' but delivered a single value`);
  }
  return trigger;
}

// Ids come from the payload: only a string or number names an item (String() of any other JSON may throw).
function itemId(context: InvocationContext, key: string, index: number): string {
  const list = context.triggerMetadata?.[key];
  return (Array.isArray(list) ? stringOf(list[index]) : undefined) ?? `#${index}`;
}
