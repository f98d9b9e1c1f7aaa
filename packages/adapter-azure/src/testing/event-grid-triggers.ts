import { randomUUID } from 'node:crypto';
import type { HttpRequest } from '@azure/functions';
import type { CloudEvent } from '@faasport/core';
import type { StorageInput } from '@faasport/core/adapter';
import { azure } from '../azure-functions.js';
import { type EventGridSchemaEvent, SUBSCRIPTION_VALIDATION } from '../detect.js';
import { type AzureTriggerCall, type HostDelivery, toTriggerCall } from './host-data.js';

const ACCOUNT_TOPIC =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/faasport/providers/Microsoft.Storage/storageAccounts/faasport';

/**
 * A CloudEvent in the Event Grid schema (id, topic = source, subject, eventType = type, eventTime = time,
 * data, dataVersion), as an Event Grid subscription with the Event Grid schema delivers it.
 *
 * @example
 * toEventGridSchema({ specversion: '1.0', id: '1', source: '/t', type: 'T', data: {} })
 */
export function toEventGridSchema(ce: CloudEvent): EventGridSchemaEvent {
  return {
    id: ce.id,
    topic: ce.source,
    subject: ce.subject ?? '',
    eventType: ce.type,
    eventTime: ce.time ?? new Date().toISOString(),
    data: ce.data,
    dataVersion: typeof ce.dataversion === 'string' ? ce.dataversion : '',
    metadataVersion: '1',
  };
}

/**
 * A Blob Storage change as Event Grid reports it (`Microsoft.Storage.BlobCreated` for created and
 * updated, `BlobDeleted`), in the Event Grid schema or, with `cloudEvents`, the CloudEvents schema.
 * https://learn.microsoft.com/azure/event-grid/event-schema-blob-storage
 *
 * @example
 * toEventGridBlobEvent({ id: 'e1', kind: 'created', bucket: 'uploads', key: 'a.png', size: 3 })
 */
export function toEventGridBlobEvent(input: StorageInput, cloudEvents = false): EventGridSchemaEvent | CloudEvent {
  const deleted = input.kind === 'deleted';
  const ce: CloudEvent = {
    specversion: '1.0',
    id: input.id,
    source: ACCOUNT_TOPIC,
    type: deleted ? 'Microsoft.Storage.BlobDeleted' : 'Microsoft.Storage.BlobCreated',
    subject: `/blobServices/default/containers/${input.bucket}/blobs/${input.key}`,
    time: (input.time ?? new Date()).toISOString(),
    data: {
      api: deleted ? 'DeleteBlob' : 'PutBlob',
      requestId: randomUUID(),
      ...(input.etag !== undefined && { eTag: input.etag }),
      ...(input.contentType !== undefined && { contentType: input.contentType }),
      ...(input.size !== undefined && { contentLength: input.size }),
      blobType: 'BlockBlob',
      url: `https://faasport.blob.core.windows.net/${input.bucket}/${input.key}`,
      sequencer: '0000000000000000000000000000000000000000000000000',
    },
  };
  return cloudEvents ? ce : toEventGridSchema(ce);
}

/**
 * The host's delivery of one event to an Event Grid trigger (the function gets one event per invocation).
 *
 * @example
 * eventGridDelivery(toEventGridSchema(ce))
 */
export function eventGridDelivery(event: EventGridSchemaEvent | CloudEvent): HostDelivery {
  return { binding: { type: 'eventGridTrigger' }, input: { string: JSON.stringify(event) }, triggerMetadata: {} };
}

/**
 * An Event Grid trigger call: `(event, context)`.
 *
 * @example
 * const { trigger, context } = toEventGridTrigger(toEventGridSchema(ce))
 */
export function toEventGridTrigger(event: EventGridSchemaEvent | CloudEvent): AzureTriggerCall {
  return toTriggerCall(eventGridDelivery(event));
}

/**
 * The POST Event Grid sends to a webhook: the events as a JSON array with `aeg-event-type: Notification`.
 * https://learn.microsoft.com/azure/event-grid/webhook-event-delivery
 *
 * @example
 * const request = toEventGridWebhookRequest([toEventGridSchema(ce)])
 */
export function toEventGridWebhookRequest(
  events: readonly (EventGridSchemaEvent | CloudEvent)[],
  eventType = 'Notification',
): HttpRequest {
  return new azure.HttpRequest({
    method: 'POST',
    url: 'https://faasport.azurewebsites.net/api/events',
    headers: { 'content-type': 'application/json', 'aeg-event-type': eventType, 'aeg-delivery-count': '0' },
    body: { string: JSON.stringify(events) },
  });
}

/**
 * Event Grid's subscription-validation handshake POST for a webhook.
 *
 * @example
 * const request = toSubscriptionValidationRequest('512d38b6-c7b8-40c8-89fe-f46f9e9622b6')
 */
export function toSubscriptionValidationRequest(validationCode: string): HttpRequest {
  const event: EventGridSchemaEvent = {
    id: randomUUID(),
    topic: '/subscriptions/00000000-0000-0000-0000-000000000000',
    subject: '',
    eventType: SUBSCRIPTION_VALIDATION,
    eventTime: new Date().toISOString(),
    data: { validationCode, validationUrl: `https://rp-eastus2.eventgrid.azure.net/validate?id=${validationCode}` },
    dataVersion: '1',
    metadataVersion: '1',
  };
  return toEventGridWebhookRequest([event], 'SubscriptionValidation');
}
