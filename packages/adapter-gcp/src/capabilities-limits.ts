import type { Capabilities } from '@faasport/core/capabilities';
import { CONCURRENCY, fact, limit, MEMORY, PRICING, QUOTAS, TIMEOUT } from './capabilities-facts.js';

/** limits of the gcp adapter's capability model. */
export const limits: Capabilities['limits'] = {
  plan: 'Cloud Run functions (2nd gen)',
  timeout: {
    http: limit(3600, 's', TIMEOUT, {
      note: 'default 60 s; on timeout the caller gets 504 while the instance may keep running',
    }),
    event: limit(540, 's', TIMEOUT),
  },
  memory: { min: limit(128, 'MiB', MEMORY), max: limit(32, 'GiB', MEMORY, { note: 'with 8 vCPU' }) },
  concurrencyPerInstance: limit(1000, 'requests', CONCURRENCY, {
    note: 'default 1 for functions; more than 1 needs at least 1 vCPU, and one Node process serves them all',
  }),
  payload: {
    sync: limit(32, 'MB', QUOTAS, { note: 'HTTP request and response' }),
    async: limit('n/a', 'MB', QUOTAS, { note: 'no asynchronous invoke API; events come through Eventarc' }),
    event: limit(512, 'KB', QUOTAS, { note: 'Eventarc events' }),
  },
  packageSize: [limit('n/a', 'MB', QUOTAS, { label: 'source', note: '2nd gen has no deployment size quota' })],
  billingGranularity: limit(100, 'ms', PRICING),
  freeTier: [
    limit(2_000_000, 'requests/month', PRICING, { label: 'requests' }),
    limit(180_000, 'vCPU-s/month', PRICING, { label: 'CPU' }),
    limit(360_000, 'GiB-s/month', PRICING, { label: 'memory' }),
  ],
  coldStart: [
    fact(
      'minimum instances keep warm instances (billed while idle)',
      'https://cloud.google.com/functions/docs/configuring/min-instances',
    ),
    fact('concurrency: a warm instance serves many requests at once', CONCURRENCY),
  ],
};
