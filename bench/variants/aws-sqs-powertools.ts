import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { lambdaContext } from '../events.js';
import { handleOrder } from './batch-work.js';

export function create(event: never) {
  const processor = new BatchProcessor(EventType.SQS);
  const context = lambdaContext() as never;
  const record = (r: { body: string }) => handleOrder(JSON.parse(r.body));
  return () => processPartialResponse(event, record, processor, { context });
}
