import type { Capabilities } from '@faasport/core/capabilities';
import {
  DYNAMODB_ERRORS,
  fact,
  KINESIS_ERRORS,
  perEvent,
  SQS_DLQ,
  SQS_ERRORS,
  shard,
  UNORDERED,
} from './capabilities-facts.js';

/** delivery of the aws adapter's capability model. */
export const delivery: Capabilities['delivery'] = [
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
];
