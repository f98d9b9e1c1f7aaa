// Documentation sources, check dates and small builders shared by the aws capability tables.

import type { DeliverySemantics } from '@faasport/core/capabilities';
import { sourcedOn } from '@faasport/core/capabilities';
// Figures checked against the linked AWS pages on this day.
export const CHECKED = '2026-11-27';
export const LIMITS = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
export const INVOKE = 'https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html';
export const PRICING = 'https://aws.amazon.com/lambda/pricing/';
export const STREAMING = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html';
export const ALB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html';
export const SQS_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html';
export const SQS_DLQ =
  'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html';
export const ASYNC_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html';
export const KINESIS_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html';
export const DYNAMODB_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html';

export const { limit, fact } = sourcedOn(CHECKED);

export const ASYNC_RETRY = fact('invoked asynchronously: on error Lambda retries twice, with backoff', ASYNC_ERRORS);
export const ASYNC_DLQ = fact(
  'an on-failure destination or the function’s dead-letter queue receives the event',
  ASYNC_ERRORS,
);
export const UNORDERED = (what: string) =>
  ({ level: 'unsupported', reason: `${what} are not delivered in order` }) as const;

export function perEvent(
  kind: DeliverySemantics['kind'],
  source: string,
  proof: string[],
  what: string,
): DeliverySemantics {
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

export function shard(source: string, url: string): DeliverySemantics {
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

export const TEXT_ONLY = 'message bodies are text: a body that is not UTF-8 cannot be sent (MalformedInputError)';

/**
 * What the AWS adapter maps and what Lambda allows; every supported or partial claim names the
 * conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-aws/capabilities'
 * capabilities.limits.timeout.http.value // 900
 */
