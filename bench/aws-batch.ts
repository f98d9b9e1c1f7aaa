// AWS batches: an SQS batch of 10 and a Kinesis batch of 100 through toLambda, against a
// hand-written loop (the floor) and Powertools' BatchProcessor + processPartialResponse, each
// variant bundled and run in its own worker thread.
import { kinesisBatch, sqsBatch } from './events.js';
import type { IsolatedVariant } from './isolated.js';
import type { Comparison } from './report.js';

export const BATCH_FLOOR = 'hand-written loop (floor)';

export interface BatchCase {
  readonly name: string;
  readonly event: unknown;
  readonly variants: readonly IsolatedVariant[];
  readonly comparisons: readonly Comparison[];
}

export function awsBatchCases(): BatchCase[] {
  return [
    {
      name: 'SQS batch of 10',
      event: sqsBatch(10),
      variants: [
        { name: BATCH_FLOOR, module: 'aws-sqs-floor.ts' },
        { name: 'faasport toLambda(queue)', module: 'aws-sqs-faasport.ts' },
        { name: 'Powertools BatchProcessor', module: 'aws-sqs-powertools.ts' },
      ],
      comparisons: [{ ours: 'faasport toLambda(queue)', peer: 'Powertools BatchProcessor', target: 1 / 2 }],
    },
    {
      name: 'Kinesis batch of 100',
      event: kinesisBatch(100),
      variants: [
        { name: BATCH_FLOOR, module: 'aws-kinesis-floor.ts' },
        { name: 'faasport toLambda(stream)', module: 'aws-kinesis-faasport.ts' },
        { name: 'Powertools BatchProcessor', module: 'aws-kinesis-powertools.ts' },
      ],
      comparisons: [{ ours: 'faasport toLambda(stream)', peer: 'Powertools BatchProcessor', target: 1 / 2 }],
    },
  ];
}
