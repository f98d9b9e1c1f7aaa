import type { Capabilities, DeliverySemantics, Fact, Limit, LimitUnit } from '@faasport/core';

// Figures checked against the linked AWS pages on this day.
const CHECKED = '2026-11-27';
const LIMITS = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const INVOKE = 'https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html';
const PRICING = 'https://aws.amazon.com/lambda/pricing/';
const STREAMING = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html';
const ALB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html';
const SQS_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html';
const SQS_DLQ =
  'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html';
const ASYNC_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html';
const KINESIS_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html';
const DYNAMODB_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html';

const limit = (value: Limit['value'], unit: LimitUnit, url: string, extra: Partial<Limit> = {}): Limit => ({
  value,
  unit,
  url,
  checked: CHECKED,
  ...extra,
});
const fact = (text: string, url: string): Fact => ({ text, url, checked: CHECKED });

const ASYNC_RETRY = fact('invoked asynchronously: on error Lambda retries twice, with backoff', ASYNC_ERRORS);
const ASYNC_DLQ = fact(
  'an on-failure destination or the function’s dead-letter queue receives the event',
  ASYNC_ERRORS,
);
const UNORDERED = (what: string) => ({ level: 'unsupported', reason: `${what} are not delivered in order` }) as const;

function perEvent(kind: DeliverySemantics['kind'], source: string, proof: string[], what: string): DeliverySemantics {
  return {
    kind,
    source,
    settle: 'per-message',
    failureIsolation: { level: 'supported', proof, note: 'one invocation per event; a failure fails only it' },
    ordering: UNORDERED(what),
    retry: ASYNC_RETRY,
    deadLetter: ASYNC_DLQ,
  };
}

function shard(source: string, url: string): DeliverySemantics {
  return {
    kind: 'stream',
    source,
    settle: 'resume-at-first',
    failureIsolation: {
      level: 'supported',
      proof: ['stream.order.stop-at-first'],
      note: 'the first failed sequence number is reported (ReportBatchItemFailures); it and every later record of the shard come back, in order',
      docs: [url],
    },
    ordering: {
      level: 'supported',
      proof: ['stream.order.all-succeed', 'stream.order.stop-at-first'],
      note: 'per shard',
    },
    retry: fact('retried until the record expires, or until MaximumRetryAttempts / MaximumRecordAgeInSeconds', url),
    deadLetter: fact('an on-failure destination (SQS, SNS, S3) receives the batch’s metadata, not the records', url),
  };
}

const TEXT_ONLY = 'message bodies are text: a body that is not UTF-8 cannot be sent (MalformedInputError)';

/**
 * What the AWS adapter maps and what Lambda allows; every supported or partial claim names the
 * conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-aws'
 * capabilities.limits.timeout.http.value // 900
 */
export const capabilities: Capabilities = {
  provider: 'aws',
  platform: 'AWS Lambda',
  adapter: '@faasport/adapter-aws',
  triggers: {
    http: {
      support: { level: 'supported', proof: ['http.method.get', 'http.method.post', 'http.status.created-201'] },
      sources: [
        {
          id: 'apigw-v2',
          name: 'API Gateway HTTP API (payload 2.0)',
          support: {
            level: 'supported',
            proof: ['http.query.repeated-keys', 'http.cookies.set-several'],
            via: ['aws:apigw-v2'],
          },
        },
        {
          id: 'function-url',
          name: 'Function URL (buffered)',
          support: {
            level: 'supported',
            proof: ['http.query.repeated-keys', 'http.body.binary-all-bytes'],
            via: ['aws:function-url'],
          },
        },
        {
          id: 'function-url-stream',
          name: 'Function URL (RESPONSE_STREAM)',
          support: {
            level: 'supported',
            proof: ['http.stream.chunks', 'http.stream.status-and-headers'],
            via: ['aws:function-url-stream'],
          },
        },
        {
          id: 'apigw-v1',
          name: 'API Gateway REST API (payload 1.0)',
          support: {
            level: 'partial',
            proof: ['http.query.interleaved-keys', 'http.query.plus-and-encoded-plus', 'http.cookies.set-several'],
            via: ['aws:apigw-v1'],
            note: 'the query arrives as decoded maps: repeated keys come back grouped by key, and `+` cannot be told from `%2B`',
          },
        },
        {
          id: 'alb-multi',
          name: 'Application Load Balancer (multi-value headers)',
          support: {
            level: 'supported',
            proof: ['http.query.repeated-keys', 'http.cookies.set-several'],
            via: ['aws:alb-multi'],
            note: 'bodies up to 1 MB each way',
            docs: [ALB],
          },
        },
        {
          id: 'alb',
          name: 'Application Load Balancer (single-value headers)',
          support: {
            level: 'partial',
            proof: ['http.cookies.set-several', 'http.query.repeated-keys'],
            via: ['aws:alb'],
            note: 'one Set-Cookie and the last value of each query key only: turn on lambda.multi_value_headers.enabled',
            docs: [ALB],
          },
        },
        {
          id: 'cloudfront',
          name: 'CloudFront / Lambda@Edge',
          support: { level: 'unsupported', reason: 'Lambda@Edge events are refused with UnsupportedEventError' },
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
          id: 'sqs',
          name: 'SQS standard queue',
          support: {
            level: 'supported',
            proof: ['queue.single.json', 'queue.attributes', 'queue.batch.partial-failure'],
            note: TEXT_ONLY,
          },
        },
        {
          id: 'sqs-fifo',
          name: 'SQS FIFO queue',
          support: { level: 'supported', proof: ['queue.group-id', 'queue.fifo.group-stops'], note: TEXT_ONLY },
        },
      ],
    },
    topic: {
      support: { level: 'supported', proof: ['topic.single.json', 'topic.attributes'] },
      sources: [
        {
          id: 'sns',
          name: 'SNS',
          support: {
            level: 'partial',
            proof: ['topic.single.json', 'topic.attributes', 'topic.binary-body', 'topic.delivery-count'],
            note: `${TEXT_ONLY}; SNS does not say how often it delivered, so deliveryCount is 1`,
          },
        },
      ],
    },
    storage: {
      support: { level: 'supported', proof: ['storage.created', 'storage.deleted', 'storage.created.key-decoded'] },
      sources: [
        {
          id: 's3',
          name: 'S3 event notification',
          support: {
            level: 'partial',
            proof: ['storage.created.key-decoded', 'storage.deleted', 'storage.created.content-type'],
            note: 'S3 events carry no content type (contentType is absent)',
          },
        },
        {
          id: 's3-eventbridge',
          name: 'S3 through EventBridge',
          support: {
            level: 'partial',
            proof: ['storage.created', 'storage.deleted', 'storage.created.content-type'],
            note: 'S3 events carry no content type (contentType is absent)',
          },
        },
      ],
    },
    schedule: {
      support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
      sources: [
        {
          id: 'eventbridge-schedule',
          name: 'EventBridge schedule rule',
          support: { level: 'supported', proof: ['schedule.tick', 'schedule.cron'] },
        },
      ],
    },
    stream: {
      support: {
        level: 'supported',
        proof: ['stream.data.bytes', 'stream.order.stop-at-first', 'stream.change-feed.images'],
      },
      sources: [
        {
          id: 'kinesis',
          name: 'Kinesis Data Streams',
          support: {
            level: 'supported',
            proof: ['stream.data.bytes', 'stream.partition-key', 'stream.order.stop-at-first'],
          },
        },
        {
          id: 'dynamodb',
          name: 'DynamoDB Streams',
          support: {
            level: 'supported',
            proof: ['stream.change-feed.images', 'stream.change-feed.remove', 'stream.order.stop-at-first'],
            note: 'a change feed: records carry keys and images, not data bytes',
          },
        },
      ],
    },
    event: {
      support: { level: 'supported', proof: ['event.cloudevent-fields', 'event.schema.valid'] },
      sources: [
        {
          id: 'eventbridge',
          name: 'EventBridge custom events',
          support: {
            level: 'partial',
            proof: ['event.cloudevent-fields', 'event.data.text'],
            note: 'an EventBridge detail must be a JSON object: text or binary data cannot be sent',
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
        note: 'exactly as sent with payload 2.0 and ALB; REST APIs (1.0) rebuild it from decoded maps',
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
        note: 'an ALB target group needs multi-value headers on; without them only the first Set-Cookie is sent',
        docs: [ALB],
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
        level: 'supported',
        proof: ['http.stream.chunks', 'http.stream.binary', 'http.stream.status-and-headers', 'http.stream.empty'],
        via: ['aws:function-url-stream'],
        docs: [STREAMING],
      },
      requires:
        'toStreamingLambda and a Function URL with InvokeMode RESPONSE_STREAM; API Gateway HTTP APIs and ALBs buffer',
    },
    maxRequest: limit(6, 'MB', LIMITS, {
      note: 'the whole event: a binary body is base64 inside it (about 4.5 MB of bytes); behind an ALB 1 MB',
    }),
    maxResponse: limit(6, 'MB', LIMITS, { note: 'buffered; a streamed response may reach 200 MB' }),
  },
  delivery: [
    {
      kind: 'queue',
      source: 'sqs',
      settle: 'partial-batch',
      failureIsolation: {
        level: 'supported',
        proof: ['queue.batch.partial-failure'],
        note: 'batchItemFailures, honoured when the event source mapping has ReportBatchItemFailures',
        docs: [SQS_ERRORS],
      },
      ordering: UNORDERED('standard queue messages'),
      retry: fact(
        'a failed message becomes visible again after the visibility timeout and is received again',
        SQS_ERRORS,
      ),
      deadLetter: fact(
        'the queue’s redrive policy moves it to a dead-letter queue after maxReceiveCount receives',
        SQS_DLQ,
      ),
    },
    {
      kind: 'queue',
      source: 'sqs-fifo',
      settle: 'fifo-partial',
      failureIsolation: {
        level: 'supported',
        proof: ['queue.fifo.group-stops'],
        note: 'the failed message and the later messages of its group come back, to keep the order',
        docs: [SQS_ERRORS],
      },
      ordering: { level: 'supported', proof: ['queue.fifo.group-stops'], note: 'per message group' },
      retry: fact(
        'a failed message becomes visible again after the visibility timeout and is received again',
        SQS_ERRORS,
      ),
      deadLetter: fact(
        'the queue’s redrive policy moves it to a dead-letter queue after maxReceiveCount receives',
        SQS_DLQ,
      ),
    },
    perEvent('topic', 'sns', ['topic.single.failure-redelivers', 'topic.batch.independent'], 'SNS messages to Lambda'),
    perEvent('storage', 's3', ['storage.failure-redelivers'], 'S3 event notifications'),
    perEvent('storage', 's3-eventbridge', ['storage.failure-redelivers'], 'EventBridge events'),
    perEvent(
      'schedule',
      'eventbridge-schedule',
      ['schedule.failure-redelivers'],
      'schedule ticks (each is its own invocation)',
    ),
    shard('kinesis', KINESIS_ERRORS),
    shard('dynamodb', DYNAMODB_ERRORS),
    perEvent('event', 'eventbridge', ['event.failure-redelivers', 'event.batch.independent'], 'EventBridge events'),
  ],
  limits: {
    plan: 'Lambda (on-demand)',
    timeout: {
      http: limit(900, 's', LIMITS, {
        note: 'API Gateway integrations time out after 29 s by default; Function URLs allow 900 s',
      }),
      event: limit(900, 's', LIMITS),
    },
    memory: { min: limit(128, 'MB', LIMITS), max: limit(10_240, 'MB', LIMITS, { note: 'in 1 MB steps' }) },
    concurrencyPerInstance: limit(
      1,
      'requests',
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
      {
        note: 'an execution environment serves one invocation at a time',
      },
    ),
    payload: {
      sync: limit(6, 'MB', INVOKE, { note: 'request and response each' }),
      async: limit(1, 'MB', INVOKE),
      event: limit(6, 'MB', INVOKE, { note: 'event source mappings (SQS, Kinesis, DynamoDB) invoke synchronously' }),
    },
    packageSize: [
      limit(50, 'MB', LIMITS, { label: 'zip, direct upload' }),
      limit(250, 'MB', LIMITS, { label: 'unzipped, with layers' }),
      limit(10, 'GB', LIMITS, { label: 'container image' }),
    ],
    billingGranularity: limit(1, 'ms', PRICING),
    freeTier: [
      limit(1_000_000, 'requests/month', PRICING, { label: 'requests' }),
      limit(400_000, 'GB-s/month', PRICING, { label: 'compute' }),
    ],
    coldStart: [
      fact(
        'provisioned concurrency keeps initialized execution environments ready (billed while configured)',
        'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
      ),
    ],
  },
  context: {
    deadline: {
      support: { level: 'supported', proof: ['http.context.signal-before-deadline'] },
      from: 'context.getRemainingTimeInMillis()',
    },
    requestId: {
      support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
      from: 'context.awsRequestId',
    },
    trace: {
      support: { level: 'supported', proof: ['http.context.trace'] },
      from: 'traceparent header, else X-Amzn-Trace-Id, else _X_AMZN_TRACE_ID',
    },
    raw: {
      support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
      from: '{ event, context }',
    },
  },
};
