import { sources } from '@faasport/adapter-aws/testing';
import { EventRefusedError } from './errors.js';
import type { NativeEvent } from './native-event.js';

/**
 * Recognises the JSON event AWS Lambda hands a handler, by the adapter's one list of sources (the
 * first entry whose marker matches); throws `EventRefusedError` for AWS events faasport has no trigger
 * kind for (Lambda@Edge, SES, Firehose, CloudWatch Logs).
 *
 * @example
 * detectAws(sqsFixture) // { provider: 'aws', shape: 'sqs', kinds: ['queue'], … }
 */
export function detectAws(payload: unknown): NativeEvent | undefined {
  const source = sources.find((s) => s.detect(payload));
  if (!source) return undefined;
  if (source.kinds.length === 0) throw new EventRefusedError(`${source.name} (aws) has no faasport trigger kind`);
  return { provider: 'aws', shape: source.id, description: source.name, kinds: source.kinds, payload };
}
