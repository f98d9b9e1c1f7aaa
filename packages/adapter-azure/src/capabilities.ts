import type { Capabilities, Claim, DeliverySemantics, Fact, Limit, LimitUnit } from '@faasport/core';

// Figures checked against the linked Microsoft pages on this day.
const CHECKED = '2026-11-27';
const SCALE = 'https://learn.microsoft.com/azure/azure-functions/functions-scale#service-limits';
const TIMEOUT = 'https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout';
const FLEX = 'https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan';
const PRICING = 'https://azure.microsoft.com/pricing/details/functions/';
const CONCURRENCY = 'https://learn.microsoft.com/azure/azure-functions/functions-concurrency#http-trigger-concurrency';
const STREAMS =
  'https://learn.microsoft.com/azure/azure-functions/functions-reference-node?pivots=nodejs-model-v4#http-streams';
const STORAGE_QUEUE =
  'https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#poison-messages';
const SERVICE_BUS =
  'https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus-trigger#poison-messages';
const EVENT_GRID = 'https://learn.microsoft.com/azure/event-grid/delivery-and-retry';
const BLOB = 'https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-blob-trigger#poison-blobs';
const RETRIES = 'https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages#retries';
const EVENT_GRID_LIMITS = 'https://learn.microsoft.com/azure/event-grid/quotas-limits';

const limit = (value: Limit['value'], unit: LimitUnit, url: string, extra: Partial<Limit> = {}): Limit => ({
  value,
  unit,
  url,
  checked: CHECKED,
  ...extra,
});
const fact = (text: string, url: string): Fact => ({ text, url, checked: CHECKED });

const unordered = (what: string): Claim => ({ level: 'unsupported', reason: `${what} are not delivered in order` });
const GRID_RETRY = fact(
  'Event Grid retries with backoff under the subscription’s retry policy (up to 24 h)',
  EVENT_GRID,
);
const GRID_DLQ = fact('a blob container, when dead-lettering is configured on the subscription', EVENT_GRID);

function perEvent(
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

function batchAtFirst(source: string, ordering: string): DeliverySemantics {
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

const SB_RETRY = fact('the message is abandoned and redelivered, up to the entity’s max delivery count', SERVICE_BUS);
const SB_DLQ = fact('moved to the entity’s dead-letter subqueue after the max delivery count', SERVICE_BUS);
const GRID_NO_ATTRIBUTES = 'attributes are only type and subject, and deliveryCount is 1 (Event Grid does not say)';

/**
 * What the Azure adapter maps and what Azure Functions (Flex Consumption) allows; every supported or
 * partial claim names the conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-azure'
 * capabilities.limits.timeout.http.value // 230
 */
export const capabilities: Capabilities = {
  provider: 'azure',
  platform: 'Azure Functions',
  adapter: '@faasport/adapter-azure',
  triggers: {
    http: {
      support: { level: 'supported', proof: ['http.method.get', 'http.method.post', 'http.status.created-201'] },
      sources: [
        {
          id: 'http',
          name: 'HTTP trigger (app.http)',
          support: { level: 'supported', proof: ['http.query.repeated-keys', 'http.cookies.set-several'] },
        },
      ],
    },
    queue: {
      support: { level: 'supported', proof: ['queue.single.json', 'queue.batch.partial-failure'] },
      sources: [
        {
          id: 'storage-queue',
          name: 'Storage Queue',
          support: {
            level: 'partial',
            proof: ['queue.single.json', 'queue.attributes', 'queue.group-id'],
            note: 'no application properties (attributes is empty) and no message groups',
          },
        },
        {
          id: 'service-bus',
          name: 'Service Bus queue (cardinality one)',
          support: { level: 'supported', proof: ['queue.attributes', 'queue.delivery-count', 'queue.group-id'] },
        },
        {
          id: 'service-bus-many',
          name: 'Service Bus queue (cardinality many)',
          support: {
            level: 'partial',
            proof: ['queue.batch.partial-failure', 'queue.attributes'],
            note: 'a failure redelivers the whole batch: messages that succeeded run again',
          },
        },
      ],
    },
    topic: {
      support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes'] },
      sources: [
        {
          id: 'service-bus-topic',
          name: 'Service Bus topic subscription',
          support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes', 'topic.delivery-count'] },
        },
        {
          id: 'event-grid',
          name: 'Event Grid trigger',
          support: { level: 'partial', proof: ['topic.attributes', 'topic.delivery-count'], note: GRID_NO_ATTRIBUTES },
        },
      ],
    },
    storage: {
      support: { level: 'supported', proof: ['storage.created', 'storage.deleted'] },
      sources: [
        {
          id: 'blob',
          name: 'Blob trigger',
          support: {
            level: 'partial',
            proof: ['storage.created', 'storage.deleted'],
            note: 'fires for created and updated blobs, never for deletes',
          },
        },
        {
          id: 'event-grid-blob',
          name: 'Blob events through Event Grid',
          support: {
            level: 'supported',
            proof: ['storage.created', 'storage.deleted', 'storage.created.content-type'],
          },
        },
      ],
    },
    schedule: {
      support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
      sources: [
        {
          id: 'timer',
          name: 'Timer trigger (NCRONTAB)',
          support: {
            level: 'supported',
            proof: ['schedule.tick', 'schedule.cron'],
            note: 'a schedule with no NCRONTAB equivalent (rate(90 minutes), cron with both day fields) is a DefinitionError at registration',
          },
        },
      ],
    },
    stream: {
      support: {
        level: 'supported',
        proof: ['stream.data.bytes', 'stream.order.stop-at-first', 'stream.order.all-succeed'],
      },
      sources: [
        {
          id: 'event-hubs',
          name: 'Event Hubs',
          support: {
            level: 'supported',
            proof: ['stream.data.bytes', 'stream.partition-key', 'stream.order.stop-at-first'],
          },
        },
        {
          id: 'cosmos-db',
          name: 'Cosmos DB change feed',
          support: {
            level: 'partial',
            proof: ['stream.change-feed.images', 'stream.change-feed.remove'],
            note: 'latest-version mode: no deletes, inserts look like updates, no old image, no partition key',
          },
        },
      ],
    },
    event: {
      support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.schema.valid'] },
      sources: [
        {
          id: 'event-grid',
          name: 'Event Grid (Event Grid schema)',
          support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.data.text'] },
        },
        {
          id: 'event-grid-cloudevents',
          name: 'Event Grid (CloudEvents schema)',
          support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.data.text'] },
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
        note: 'sent through the cookies array; the host percent-encodes values itself',
      },
      'binary-request': {
        level: 'supported',
        proof: ['http.body.binary-all-bytes', 'http.body.multipart', 'http.body.image'],
      },
      'binary-response': { level: 'supported', proof: ['http.body.gzip-response', 'http.stream.binary'] },
      'compressed-bodies': { level: 'supported', proof: ['http.body.gzip-request', 'http.body.gzip-response'] },
      'fetch-apps': { level: 'supported', proof: ['http.hono.query', 'http.hono.post-json', 'http.hono.cookies'] },
      'error-masking': { level: 'supported', proof: ['http.error.thrown', 'http.error.malformed-input'] },
    },
    streaming: {
      support: {
        level: 'partial',
        proof: ['http.stream.chunks', 'http.stream.binary', 'http.stream.status-and-headers', 'http.stream.empty'],
        note: 'buffered unless enableHttpStreaming() runs first; the conformance suite runs the buffered path (the streaming path is tested on the converters only)',
        docs: [STREAMS],
      },
      requires:
        'enableHttpStreaming() (app.setup({ enableHttpStream: true })) at the top of the entry, Functions host 4.28 or later',
    },
    maxRequest: limit(100, 'MB', SCALE, { note: 'URL up to 8,192 characters, query up to 4,096' }),
    maxResponse: limit('not documented', 'MB', SCALE, { note: 'every HTTP response must start within 230 s' }),
  },
  delivery: [
    perEvent(
      'queue',
      'storage-queue',
      ['queue.batch.partial-failure'],
      fact('retried up to maxDequeueCount (5 by default)', STORAGE_QUEUE),
      fact('moved to the <queue>-poison queue', STORAGE_QUEUE),
    ),
    {
      ...perEvent('queue', 'service-bus', ['queue.batch.partial-failure'], SB_RETRY, SB_DLQ),
      ordering: unordered('queue messages without sessions'),
    },
    {
      kind: 'queue',
      source: 'service-bus-many',
      settle: 'whole-batch',
      failureIsolation: {
        level: 'partial',
        proof: ['queue.batch.partial-failure'],
        note: 'a batch cannot be settled per message: any failure redelivers the whole batch',
      },
      ordering: unordered('queue messages without sessions'),
      retry: SB_RETRY,
      deadLetter: SB_DLQ,
    },
    perEvent(
      'topic',
      'service-bus-topic',
      ['topic.single.failure-redelivers', 'topic.batch.independent'],
      SB_RETRY,
      SB_DLQ,
    ),
    perEvent(
      'topic',
      'event-grid',
      ['topic.single.failure-redelivers', 'topic.batch.independent'],
      GRID_RETRY,
      GRID_DLQ,
    ),
    perEvent(
      'storage',
      'blob',
      ['storage.failure-redelivers'],
      fact('retried up to 5 times', BLOB),
      fact('a message in the webjobs-blobtrigger-poison queue', BLOB),
    ),
    perEvent('storage', 'event-grid-blob', ['storage.failure-redelivers'], GRID_RETRY, GRID_DLQ),
    {
      ...perEvent(
        'schedule',
        'timer',
        ['schedule.failure-redelivers'],
        fact('a failed tick runs again only under the registration’s retry policy', RETRIES),
        fact('none', RETRIES),
      ),
      failureIsolation: {
        level: 'partial',
        proof: ['schedule.failure-redelivers'],
        note: 'a failed tick runs again only when the registration has a retry policy',
      },
    },
    batchAtFirst('event-hubs', 'per partition'),
    batchAtFirst('cosmos-db', 'per logical partition'),
    perEvent('event', 'event-grid', ['event.failure-redelivers', 'event.batch.independent'], GRID_RETRY, GRID_DLQ),
    perEvent(
      'event',
      'event-grid-cloudevents',
      ['event.failure-redelivers', 'event.batch.independent'],
      GRID_RETRY,
      GRID_DLQ,
    ),
  ],
  limits: {
    plan: 'Flex Consumption',
    timeout: {
      http: limit(230, 's', TIMEOUT, {
        note: 'the load balancer cuts every HTTP response at 230 s, whatever functionTimeout says',
      }),
      event: limit('unbounded', 's', TIMEOUT, {
        note: 'default 30 min (host.json functionTimeout); the legacy Consumption plan stops at 10 min',
      }),
    },
    memory: {
      min: limit(2048, 'MB', FLEX, { note: 'instance memory size' }),
      max: limit(4096, 'MB', FLEX, { note: 'instance memory size' }),
    },
    concurrencyPerInstance: limit('see source', 'requests', CONCURRENCY, {
      note: 'HTTP concurrency per instance defaults by instance memory size and can be set; one Node process serves them all',
    }),
    payload: {
      sync: limit(100, 'MB', SCALE, { note: 'HTTP request' }),
      async: limit('n/a', 'MB', SCALE, {
        note: 'no asynchronous invoke API: triggers carry their service’s message size',
      }),
      event: limit(1, 'MB', EVENT_GRID_LIMITS, { note: 'an Event Grid event' }),
    },
    packageSize: [
      limit('not documented', 'MB', FLEX, { label: 'zip package', note: 'deployed from a blob container' }),
    ],
    billingGranularity: limit(100, 'ms', FLEX, { note: 'at least 1,000 ms per execution, then rounded up to 100 ms' }),
    freeTier: [
      limit('see source', 'GB-s/month', PRICING, {
        label: 'on-demand compute',
        note: 'a monthly free grant of GB-s and executions for on-demand instances; the amounts are on the pricing page only',
      }),
    ],
    coldStart: [
      fact('always-ready instances per function group (billed while ready)', FLEX),
      fact(
        'Premium plan: prewarmed instances',
        'https://learn.microsoft.com/azure/azure-functions/functions-premium-plan',
      ),
    ],
  },
  context: {
    deadline: {
      support: {
        level: 'partial',
        proof: ['http.context.signal-before-deadline'],
        note: 'Azure does not tell the function its timeout: only a declared options.timeoutSeconds gives ctx.deadline and an early ctx.signal',
      },
      from: 'options.timeoutSeconds',
    },
    requestId: {
      support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
      from: 'InvocationContext.invocationId',
    },
    trace: {
      support: { level: 'supported', proof: ['http.context.trace'] },
      from: 'InvocationContext.traceContext (W3C)',
    },
    raw: {
      support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
      from: '{ request, context } or { trigger, context }',
    },
  },
};
