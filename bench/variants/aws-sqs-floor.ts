import { handleOrder, type Order, type SqsEvent } from './batch-work.js';

/** A hand-written SQS handler with partial batch responses. */
async function handler(event: SqsEvent) {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    try {
      handleOrder(JSON.parse(record.body) as Order);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

export function create(event: SqsEvent) {
  return () => handler(event);
}
