// AWS batches: an SQS batch of 10 and a Kinesis batch of 100 through toLambda, against a
// hand-written loop (the floor) and Powertools' BatchProcessor + processPartialResponse.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { toLambda } from '@faasport/adapter-aws';
import { queue, stream } from '@faasport/core';
import { kinesisBatch, lambdaContext, sqsBatch } from './events.js';
import type { Variant } from './lib.js';

interface Order {
  orderId: number;
  qty: number;
}

/** Work the handlers do, kept observable so nothing is optimised away. */
export const consumed = { total: 0 };
const handleOrder = (order: Order) => {
  consumed.total += order.qty;
};
const handleLog = (line: { level: string; ms: number }) => {
  if (line.level === 'error') consumed.total += line.ms;
};

type SqsEvent = ReturnType<typeof sqsBatch>;
type KinesisEvent = ReturnType<typeof kinesisBatch>;

const sqsFloor = async (event: SqsEvent) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    try {
      handleOrder(JSON.parse(record.body) as Order);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};

const kinesisFloor = async (event: KinesisEvent) => {
  for (const record of event.Records) {
    try {
      handleLog(JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8')));
    } catch {
      return { batchItemFailures: [{ itemIdentifier: record.kinesis.sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
};

const sqsProcessor = new BatchProcessor(EventType.SQS);
const kinesisProcessor = new BatchProcessor(EventType.KinesisDataStreams);
const powertoolsSqs = (event: SqsEvent, context: unknown) =>
  processPartialResponse(event as never, (r: { body: string }) => handleOrder(JSON.parse(r.body)), sqsProcessor, {
    context: context as never,
  });
const powertoolsKinesis = (event: KinesisEvent, context: unknown) =>
  processPartialResponse(
    event as never,
    (r: { kinesis: { data: string } }) => handleLog(JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString('utf8'))),
    kinesisProcessor,
    { context: context as never },
  );

const faasportSqs = toLambda(queue<Order>((msg) => handleOrder(msg.json())));
const faasportKinesis = toLambda(stream((rec) => handleLog(JSON.parse(new TextDecoder().decode(rec.data)))));

export function awsBatchCases(): { name: string; floor: string; variants: Variant[] }[] {
  const ctx = lambdaContext() as never;
  const sqs = sqsBatch(10);
  const kinesis = kinesisBatch(100);
  return [
    {
      name: 'SQS batch of 10',
      floor: 'hand-written loop (floor)',
      variants: [
        { name: 'hand-written loop (floor)', run: () => sqsFloor(sqs) },
        { name: 'faasport toLambda(queue)', run: () => faasportSqs(sqs, ctx) },
        { name: 'Powertools BatchProcessor', run: () => powertoolsSqs(sqs, ctx) },
      ],
    },
    {
      name: 'Kinesis batch of 100',
      floor: 'hand-written loop (floor)',
      variants: [
        { name: 'hand-written loop (floor)', run: () => kinesisFloor(kinesis) },
        { name: 'faasport toLambda(stream)', run: () => faasportKinesis(kinesis, ctx) },
        { name: 'Powertools BatchProcessor', run: () => powertoolsKinesis(kinesis, ctx) },
      ],
    },
  ];
}
