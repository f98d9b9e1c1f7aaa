import type { Capabilities, DeliverySemantics, Fact, Limit, LimitUnit } from '@faasport/core';

// Figures checked against the linked Google Cloud pages on this day.
const CHECKED = '2026-11-27';
const QUOTAS = 'https://cloud.google.com/functions/quotas';
const TIMEOUT = 'https://cloud.google.com/functions/docs/configuring/timeout';
const MEMORY = 'https://cloud.google.com/functions/docs/configuring/memory';
const CONCURRENCY = 'https://cloud.google.com/functions/docs/configuring/concurrency';
const PRICING = 'https://cloud.google.com/run/pricing';
const RETRIES = 'https://cloud.google.com/functions/docs/bestpractices/retries';
const PUSH = 'https://cloud.google.com/pubsub/docs/push';
const DEAD_LETTER = 'https://cloud.google.com/pubsub/docs/handling-failures';
const ORDERING = 'https://cloud.google.com/pubsub/docs/ordering';
const SCHEDULER_RETRY = 'https://cloud.google.com/scheduler/docs/reference/rest/v1/projects.locations.jobs#retryconfig';
const FF_PUBSUB = 'https://cloud.google.com/eventarc/docs/cloudevents#pubsub';

const limit = (value: Limit['value'], unit: LimitUnit, url: string, extra: Partial<Limit> = {}): Limit => ({
  value,
  unit,
  url,
  checked: CHECKED,
  ...extra,
});
const fact = (text: string, url: string): Fact => ({ text, url, checked: CHECKED });

const EVENT_RETRY = fact(
  'event-driven retries are off unless the function is deployed with --retry; then retried with backoff for up to 24 h',
  RETRIES,
);
const NO_DEAD_LETTER = fact(
  'none for function triggers: an event that still fails when retries end is dropped',
  RETRIES,
);

function perEvent(kind: DeliverySemantics['kind'], source: string, proof: string[], what: string): DeliverySemantics {
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

function pubsub(kind: 'queue' | 'topic', source: string, push: boolean): DeliverySemantics {
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

const SCHEDULER_RETRY_FACT = fact(
  'Cloud Scheduler retries as the job’s retryConfig says (no retries by default)',
  SCHEDULER_RETRY,
);
const NO_COUNT = 'the Eventarc messagePublished event carries no delivery attempt: deliveryCount is 1';

/**
 * What the GCP adapter maps and what Cloud Run functions allow; every supported or partial claim names
 * the conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-gcp'
 * capabilities.limits.timeout.event.value // 540
 */
export const capabilities: Capabilities = {
  provider: 'gcp',
  platform: 'Google Cloud Run functions',
  adapter: '@faasport/adapter-gcp',
  triggers: {
    http: {
      support: { level: 'supported', proof: ['http.method.get', 'http.method.post', 'http.status.created-201'] },
      sources: [
        {
          id: 'http',
          name: 'HTTP function (Functions Framework)',
          support: { level: 'supported', proof: ['http.query.repeated-keys', 'http.cookies.set-several'] },
        },
      ],
    },
    queue: {
      support: {
        level: 'supported',
        proof: ['queue.single.json', 'queue.batch.partial-failure', 'queue.fifo.group-stops'],
      },
      sources: [
        {
          id: 'pubsub',
          name: 'Pub/Sub through Eventarc',
          support: {
            level: 'partial',
            proof: ['queue.single.json', 'queue.delivery-count'],
            note: NO_COUNT,
            docs: [FF_PUBSUB],
          },
        },
        {
          id: 'pubsub-push',
          name: 'Pub/Sub push subscription (HTTP signature)',
          support: { level: 'supported', proof: ['queue.single.json', 'queue.delivery-count', 'queue.group-id'] },
        },
      ],
    },
    topic: {
      support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes'] },
      sources: [
        {
          id: 'pubsub',
          name: 'Pub/Sub through Eventarc',
          support: {
            level: 'partial',
            proof: ['topic.single.json', 'topic.delivery-count'],
            note: NO_COUNT,
            docs: [FF_PUBSUB],
          },
        },
      ],
    },
    storage: {
      support: { level: 'supported', proof: ['storage.created', 'storage.deleted'] },
      sources: [
        {
          id: 'gcs',
          name: 'Cloud Storage (Eventarc)',
          support: {
            level: 'supported',
            proof: ['storage.created.content-type', 'storage.created.key-decoded', 'storage.deleted'],
          },
        },
      ],
    },
    schedule: {
      support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
      sources: [
        {
          id: 'scheduler-pubsub',
          name: 'Cloud Scheduler, Pub/Sub target',
          support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
        },
        {
          id: 'scheduler-http',
          name: 'Cloud Scheduler, HTTP target',
          support: {
            level: 'supported',
            proof: ['schedule.tick', 'schedule.cron'],
            note: "register with { signatureType: 'http' } and deploy with --trigger-http",
          },
        },
      ],
    },
    stream: {
      support: {
        level: 'partial',
        proof: ['stream.change-feed.images', 'stream.data.bytes'],
        note: 'document change feeds only (Firestore); GCP has no byte stream like Kinesis or Event Hubs',
      },
      sources: [
        {
          id: 'firestore',
          name: 'Firestore (JSON event data)',
          support: {
            level: 'partial',
            proof: ['stream.change-feed.images', 'stream.partition-key'],
            note: 'no partition key or key attributes: both are the document path; the trigger must use --event-data-content-type=application/json',
          },
        },
      ],
    },
    event: {
      support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.schema.valid'] },
      sources: [
        {
          id: 'eventarc',
          name: 'Eventarc (any CloudEvent)',
          support: {
            level: 'partial',
            proof: ['event.cloudevent-fields', 'event.data.text'],
            note: "the Functions Framework answers 500 to a binary CloudEvent with a text/plain body: use { signatureType: 'http' }",
          },
        },
      ],
    },
  },
  http: {
    features: {
      methods: { level: 'supported', proof: ['http.method.head', 'http.method.options', 'http.method.patch'] },
      'raw-query': {
        level: 'supported',
        proof: ['http.query.repeated-keys', 'http.query.plus-and-encoded-plus', 'http.query.encoded-reserved'],
      },
      'repeated-headers': {
        level: 'supported',
        proof: ['http.headers.repeated-request', 'http.headers.repeated-response'],
      },
      'non-ascii-headers': { level: 'supported', proof: ['http.headers.non-ascii'] },
      'cookies-in': { level: 'supported', proof: ['http.cookies.one-in', 'http.cookies.several-in'] },
      'multiple-set-cookie': {
        level: 'supported',
        proof: ['http.cookies.set-several', 'http.stream.status-and-headers'],
      },
      'binary-request': {
        level: 'supported',
        proof: ['http.body.binary-all-bytes', 'http.body.multipart', 'http.body.image'],
      },
      'binary-response': { level: 'supported', proof: ['http.body.gzip-response', 'http.stream.binary'] },
      'compressed-bodies': {
        level: 'partial',
        proof: ['http.body.gzip-request', 'http.body.gzip-response'],
        note: 'the Functions Framework inflates a Content-Encoding request body before the function runs: the handler gets the decoded bytes',
        docs: ['https://github.com/expressjs/body-parser#inflate'],
      },
      'fetch-apps': { level: 'supported', proof: ['http.hono.query', 'http.hono.post-json', 'http.hono.cookies'] },
      'error-masking': { level: 'supported', proof: ['http.error.thrown', 'http.error.malformed-input'] },
    },
    streaming: {
      support: {
        level: 'supported',
        proof: ['http.stream.chunks', 'http.stream.binary', 'http.stream.status-and-headers', 'http.stream.empty'],
      },
      requires: 'nothing: HTTP functions stream natively (streamed responses up to 10 MB)',
    },
    maxRequest: limit(32, 'MB', QUOTAS, { note: 'uncompressed' }),
    maxResponse: limit(32, 'MB', QUOTAS, { note: '10 MB when streamed' }),
  },
  delivery: [
    pubsub('queue', 'pubsub', false),
    pubsub('queue', 'pubsub-push', true),
    pubsub('topic', 'pubsub', false),
    perEvent('storage', 'gcs', ['storage.failure-redelivers'], 'Cloud Storage events'),
    {
      ...perEvent('schedule', 'scheduler-pubsub', ['schedule.failure-redelivers'], 'schedule ticks'),
      retry: SCHEDULER_RETRY_FACT,
    },
    {
      ...perEvent('schedule', 'scheduler-http', ['schedule.failure-redelivers'], 'schedule ticks'),
      retry: SCHEDULER_RETRY_FACT,
    },
    perEvent('stream', 'firestore', ['stream.order.stop-at-first'], 'Firestore document events'),
    perEvent('event', 'eventarc', ['event.failure-redelivers', 'event.batch.independent'], 'Eventarc events'),
  ],
  limits: {
    plan: 'Cloud Run functions (2nd gen)',
    timeout: {
      http: limit(3600, 's', TIMEOUT, {
        note: 'default 60 s; on timeout the caller gets 504 while the instance may keep running',
      }),
      event: limit(540, 's', TIMEOUT),
    },
    memory: { min: limit(128, 'MiB', MEMORY), max: limit(32, 'GiB', MEMORY, { note: 'with 8 vCPU' }) },
    concurrencyPerInstance: limit(1000, 'requests', CONCURRENCY, {
      note: 'default 1 for functions; more than 1 needs at least 1 vCPU, and one Node process serves them all',
    }),
    payload: {
      sync: limit(32, 'MB', QUOTAS, { note: 'HTTP request and response' }),
      async: limit('n/a', 'MB', QUOTAS, { note: 'no asynchronous invoke API; events come through Eventarc' }),
      event: limit(512, 'KB', QUOTAS, { note: 'Eventarc events' }),
    },
    packageSize: [limit('n/a', 'MB', QUOTAS, { label: 'source', note: '2nd gen has no deployment size quota' })],
    billingGranularity: limit(100, 'ms', PRICING),
    freeTier: [
      limit(2_000_000, 'requests/month', PRICING, { label: 'requests' }),
      limit(180_000, 'vCPU-s/month', PRICING, { label: 'CPU' }),
      limit(360_000, 'GiB-s/month', PRICING, { label: 'memory' }),
    ],
    coldStart: [
      fact(
        'minimum instances keep warm instances (billed while idle)',
        'https://cloud.google.com/functions/docs/configuring/min-instances',
      ),
      fact('concurrency: a warm instance serves many requests at once', CONCURRENCY),
    ],
  },
  context: {
    deadline: {
      support: {
        level: 'partial',
        proof: ['http.context.signal-before-deadline'],
        note: 'GCP does not tell the function its deadline: only a declared options.timeoutSeconds gives ctx.deadline and an early ctx.signal',
      },
      from: 'options.timeoutSeconds',
    },
    requestId: {
      support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
      from: 'the Functions Framework execution id; for CloudEvent functions the event id',
    },
    trace: {
      support: { level: 'supported', proof: ['http.context.trace'] },
      from: 'traceparent, else X-Cloud-Trace-Context; the CloudEvent traceparent for events',
    },
    raw: {
      support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
      from: '{ req, res } or { cloudEvent }',
    },
  },
};
