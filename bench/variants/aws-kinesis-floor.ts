import { handleLog, type KinesisEvent, parseKinesisData } from './batch-work.js';

/** A hand-written Kinesis handler: stop at the first failure and report it (bisect-on-error style). */
async function handler(event: KinesisEvent) {
  for (const record of event.Records) {
    try {
      handleLog(parseKinesisData(record.kinesis.data));
    } catch {
      return { batchItemFailures: [{ itemIdentifier: record.kinesis.sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}

export function create(event: KinesisEvent) {
  return () => handler(event);
}
