// Documentation sources, check dates and small builders shared by the gcp capability tables.

import type { DeliverySemantics } from '@faasport/core/capabilities';
import { sourcedOn } from '@faasport/core/capabilities';
// Figures checked against the linked Google Cloud pages on this day.
export const CHECKED = '2026-11-27';
export const QUOTAS = 'https://cloud.google.com/functions/quotas';
export const TIMEOUT = 'https://cloud.google.com/functions/docs/configuring/timeout';
export const MEMORY = 'https://cloud.google.com/functions/docs/configuring/memory';
export const CONCURRENCY = 'https://cloud.google.com/functions/docs/configuring/concurrency';
export const PRICING = 'https://cloud.google.com/run/pricing';
export const RETRIES = 'https://cloud.google.com/functions/docs/bestpractices/retries';
export const PUSH = 'https://cloud.google.com/pubsub/docs/push';
export const DEAD_LETTER = 'https://cloud.google.com/pubsub/docs/handling-failures';
export const ORDERING = 'https://cloud.google.com/pubsub/docs/ordering';
export const SCHEDULER_RETRY =
  'https://cloud.google.com/scheduler/docs/reference/rest/v1/projects.locations.jobs#retryconfig';
export const FF_PUBSUB = 'https://cloud.google.com/eventarc/docs/cloudevents#pubsub';

export const { limit, fact } = sourcedOn(CHECKED);

export const EVENT_RETRY = fact(
  'event-driven retries are off unless the function is deployed with --retry; then retried with backoff for up to 24 h',
  RETRIES,
);
export const NO_DEAD_LETTER = fact(
  'none for function triggers: an event that still fails when retries end is dropped',
  RETRIES,
);

export function perEvent(
  kind: DeliverySemantics['kind'],
  source: string,
  proof: string[],
  what: string,
): DeliverySemantics {
  return {
    kind,
    source,
    settle: 'per-message',
    failureIsolation: { level: 'supported', proof, note: 'one invocation per event; a failure fails only it' },
    ordering: { level: 'unsupported', reason: `${what} are not delivered in order` },
    retry: EVENT_RETRY,
    deadLetter: NO_DEAD_LETTER,
  };
}

export function pubsub(kind: 'queue' | 'topic', source: string, push: boolean): DeliverySemantics {
  return {
    kind,
    source,
    settle: 'ordered-key',
    failureIsolation: {
      level: 'supported',
      proof: [kind === 'queue' ? 'queue.batch.partial-failure' : 'topic.batch.independent'],
      note: 'one invocation per message; a failure fails only it',
    },
    ordering:
      kind === 'queue'
        ? {
            level: 'partial',
            proof: ['queue.fifo.group-stops'],
            note: 'only for messages with an ordering key, on a subscription with message ordering on',
            docs: [ORDERING],
          }
        : {
            level: 'unsupported',
            reason: 'no scenario proves ordering keys for topic definitions; use a queue definition',
          },
    retry: push
      ? fact('Pub/Sub redelivers on any non-2xx answer, with backoff, until the message expires', PUSH)
      : EVENT_RETRY,
    deadLetter: fact('a dead-letter topic on the subscription, after its maximum delivery attempts', DEAD_LETTER),
  };
}

export const SCHEDULER_RETRY_FACT = fact(
  'Cloud Scheduler retries as the job’s retryConfig says (no retries by default)',
  SCHEDULER_RETRY,
);
export const NO_COUNT = 'the Eventarc messagePublished event carries no delivery attempt: deliveryCount is 1';

/**
 * What the GCP adapter maps and what Cloud Run functions allow; every supported or partial claim names
 * the conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-gcp/capabilities'
 * capabilities.limits.timeout.event.value // 540
 */
