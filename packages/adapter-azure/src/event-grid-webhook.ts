import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Context, EventDefinition, StorageDefinition, TopicDefinition } from '@faasport/core';
import { type BatchItem, runBatch } from '@faasport/core/adapter';
import { validationCodeOf } from './detect.js';
import { fromEventGridBlob, fromEventGridMessage, toValidatedCloudEvent } from './event-grid.js';

type WebhookDefinition = TopicDefinition | StorageDefinition | EventDefinition;

/**
 * Serves Event Grid deliveries to an HTTP webhook (an Event Grid *trigger* needs none of this: the
 * Functions host answers its handshake itself). It answers:
 * - the Event Grid schema handshake (`aeg-event-type: SubscriptionValidation` and one
 *   `SubscriptionValidationEvent`) with 200 `{ validationResponse }`;
 * - the CloudEvents schema handshake (`OPTIONS` with `WebHook-Request-Origin`) with
 *   `WebHook-Allowed-Origin`;
 * - a delivery (an Event Grid schema array, one CloudEvent, or a CloudEvents batch) by running every
 *   event: 200 when all succeeded, 500 when any failed (Event Grid then retries the whole delivery
 *   under the subscription's retry policy), 400 for a body that is not JSON or a broken handshake
 *   (Event Grid does not retry a 400; it dead-letters when configured).
 * https://learn.microsoft.com/azure/event-grid/webhook-event-delivery
 * https://learn.microsoft.com/azure/event-grid/delivery-and-retry
 *
 * @example
 * return handleEventGridWebhook(def, request, context, ctx)
 */
export async function handleEventGridWebhook(
  def: WebhookDefinition,
  request: HttpRequest,
  context: InvocationContext,
  ctx: Context,
): Promise<HttpResponseInit> {
  if (request.method === 'OPTIONS') return cloudEventsHandshake(request);
  if (request.method !== 'POST') return { status: 405, headers: { allow: 'POST, OPTIONS' } };
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return badRequest(ctx, 'Event Grid webhook: the body is not JSON');
  }
  const eventType = request.headers.get('aeg-event-type');
  const code = validationCodeOf(eventType, body);
  if (code !== undefined) return { status: 200, jsonBody: { validationResponse: code } };
  if (eventType?.toLowerCase() === 'subscriptionvalidation') {
    return badRequest(ctx, 'Event Grid webhook: SubscriptionValidation header without exactly one validation event');
  }
  const events = Array.isArray(body) ? body : [body];
  if (events.length === 0) return badRequest(ctx, 'Event Grid webhook: the delivery holds no event');
  const items = events.map((event, i) => toItem(def, event, i, context, ctx));
  const result = await runBatch(items, (run) => run(), 'independent', ctx);
  if (result.failed.length > 0) return { status: 500 };
  return { status: 200 };
}

function toItem(
  def: WebhookDefinition,
  event: unknown,
  index: number,
  context: InvocationContext,
  ctx: Context,
): BatchItem<() => void | Promise<void>> {
  const id = typeof (event as { id?: unknown } | null)?.id === 'string' ? (event as { id: string }).id : `#${index}`;
  const raw = { trigger: event, context };
  switch (def.kind) {
    case 'topic':
      return {
        id,
        load: async () => {
          const msg = await fromEventGridMessage(event, raw, def.options.schema);
          return () => def.handler(msg, ctx);
        },
      };
    case 'storage':
      return {
        id,
        load: () => {
          const ev = fromEventGridBlob(event, raw);
          return () => def.handler(ev, ctx);
        },
      };
    case 'event':
      return {
        id,
        load: async () => {
          const ce = await toValidatedCloudEvent(event, def.options.schema);
          return () => def.handler(ce, ctx);
        },
      };
  }
}

function cloudEventsHandshake(request: HttpRequest): HttpResponseInit {
  const origin = request.headers.get('webhook-request-origin');
  if (!origin) return { status: 400, body: 'OPTIONS without WebHook-Request-Origin is not a CloudEvents handshake' };
  return { status: 200, headers: { 'webhook-allowed-origin': origin, allow: 'POST' } };
}

function badRequest(ctx: Context, message: string): HttpResponseInit {
  ctx.log.error(message);
  return { status: 400, body: message };
}
