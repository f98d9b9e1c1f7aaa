import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { lambdaContext } from '../events.js';
import { handleLog, parseKinesisData } from './batch-work.js';

export function create(event: never) {
  const processor = new BatchProcessor(EventType.KinesisDataStreams);
  const context = lambdaContext() as never;
  const record = (r: { kinesis: { data: string } }) => handleLog(parseKinesisData(r.kinesis.data));
  return () => processPartialResponse(event, record, processor, { context });
}
