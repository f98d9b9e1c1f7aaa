import type { Capabilities } from '@faasport/core/capabilities';
import { ALB, TEXT_ONLY } from './capabilities-facts.js';

/** triggers of the aws adapter's capability model. */
export const triggers: Capabilities['triggers'] = {
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
};
