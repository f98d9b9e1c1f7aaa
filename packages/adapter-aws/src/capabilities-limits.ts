import type { Capabilities } from '@faasport/core/capabilities';
import { fact, INVOKE, LIMITS, limit, PRICING } from './capabilities-facts.js';

/** limits of the aws adapter's capability model. */
export const limits: Capabilities['limits'] = {
  plan: 'Lambda (on-demand)',
  timeout: {
    http: limit(900, 's', LIMITS, {
      note: 'API Gateway integrations time out after 29 s by default; Function URLs allow 900 s',
    }),
    event: limit(900, 's', LIMITS),
  },
  memory: { min: limit(128, 'MB', LIMITS), max: limit(10_240, 'MB', LIMITS, { note: 'in 1 MB steps' }) },
  concurrencyPerInstance: limit(1, 'requests', 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html', {
    note: 'an execution environment serves one invocation at a time',
  }),
  payload: {
    sync: limit(6, 'MB', INVOKE, { note: 'request and response each' }),
    async: limit(1, 'MB', INVOKE),
    event: limit(6, 'MB', INVOKE, { note: 'event source mappings (SQS, Kinesis, DynamoDB) invoke synchronously' }),
  },
  packageSize: [
    limit(50, 'MB', LIMITS, { label: 'zip, direct upload' }),
    limit(250, 'MB', LIMITS, { label: 'unzipped, with layers' }),
    limit(10, 'GB', LIMITS, { label: 'container image' }),
  ],
  billingGranularity: limit(1, 'ms', PRICING),
  freeTier: [
    limit(1_000_000, 'requests/month', PRICING, { label: 'requests' }),
    limit(400_000, 'GB-s/month', PRICING, { label: 'compute' }),
  ],
  coldStart: [
    fact(
      'provisioned concurrency keeps initialized execution environments ready (billed while configured)',
      'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
    ),
  ],
};
