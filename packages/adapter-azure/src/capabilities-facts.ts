// Documentation sources, check dates and small builders shared by the azure capability tables.

import type { Claim, DeliverySemantics, Fact } from '@faasport/core/capabilities';
import { sourcedOn } from '@faasport/core/capabilities';
// Figures checked against the linked Microsoft pages on this day.
export const CHECKED = '2026-11-27';
export const SCALE = 'https://learn.microsoft.com/azure/azure-functions/functions-scale#service-limits';
export const TIMEOUT = 'https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout';
export const FLEX = 'https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan';
export const PRICING = 'https://azure.microsoft.com/pricing/details/functions/';
export const CONCURRENCY =
  'https://learn.microsoft.com/azure/azure-functions/functions-concurrency#http-trigger-concurrency';
export const STREAMS =
  'https://learn.microsoft.com/azure/azure-functions/functions-reference-node?pivots=nodejs-model-v4#http-streams';
export const STORAGE_QUEUE =
  'https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#poison-messages';
export const SERVICE_BUS =
  'https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus-trigger#poison-messages';
export const EVENT_GRID = 'https://learn.microsoft.com/azure/event-grid/delivery-and-retry';
export const BLOB =
  'https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-blob-trigger#poison-blobs';
export const RETRIES = 'https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages#retries';
export const EVENT_GRID_LIMITS = 'https://learn.microsoft.com/azure/event-grid/quotas-limits';

export const { limit, fact } = sourcedOn(CHECKED);

export const unordered = (what: string): Claim => ({
  level: 'unsupported',
  reason: `${what} are not delivered in order`,
});
export const GRID_RETRY = fact(
  'Event Grid retries with backoff under the subscription’s retry policy (up to 24 h)',
  EVENT_GRID,
);
export const GRID_DLQ = fact('a blob container, when dead-lettering is configured on the subscription', EVENT_GRID);

export function perEvent(
  kind: DeliverySemantics['kind'],
  source: string,
  proof: string[],
  retry: Fact,
  deadLetter: Fact,
): DeliverySemantics {
  return {
    kind,
    source,
    settle: 'per-message',
    failureIsolation: { level: 'supported', proof, note: 'one invocation per message; a failure fails only it' },
    ordering: unordered('messages of this source'),
    retry,
    deadLetter,
  };
}

export function batchAtFirst(source: string, ordering: string): DeliverySemantics {
  return {
    kind: 'stream',
    source,
    settle: 'whole-batch-at-first',
    failureIsolation: {
      level: 'partial',
      proof: ['stream.order.stop-at-first'],
      note: 'the batch stops at the first failed record and comes back whole, and only when the registration has a retry policy; without one the checkpoint moves on',
      docs: [RETRIES],
    },
    ordering: { level: 'supported', proof: ['stream.order.all-succeed', 'stream.order.stop-at-first'], note: ordering },
    retry: fact('only under the registration’s retry policy (fixedDelay or exponentialBackoff)', RETRIES),
    deadLetter: fact('none: the source has no dead-letter; a batch that exhausts its retries is skipped', RETRIES),
  };
}

export const SB_RETRY = fact(
  'the message is abandoned and redelivered, up to the entity’s max delivery count',
  SERVICE_BUS,
);
export const SB_DLQ = fact('moved to the entity’s dead-letter subqueue after the max delivery count', SERVICE_BUS);
export const GRID_NO_ATTRIBUTES =
  'attributes are only type and subject, and deliveryCount is 1 (Event Grid does not say)';

/**
 * What the Azure adapter maps and what Azure Functions (Flex Consumption) allows; every supported or
 * partial claim names the conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-azure/capabilities'
 * capabilities.limits.timeout.http.value // 230
 */
