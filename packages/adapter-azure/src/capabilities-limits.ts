import type { Capabilities } from '@faasport/core/capabilities';
import { CONCURRENCY, EVENT_GRID_LIMITS, FLEX, fact, limit, PRICING, SCALE, TIMEOUT } from './capabilities-facts.js';

/** limits of the azure adapter's capability model. */
export const limits: Capabilities['limits'] = {
  plan: 'Flex Consumption',
  timeout: {
    http: limit(230, 's', TIMEOUT, {
      note: 'the load balancer cuts every HTTP response at 230 s, whatever functionTimeout says',
    }),
    event: limit('unbounded', 's', TIMEOUT, {
      note: 'default 30 min (host.json functionTimeout); the legacy Consumption plan stops at 10 min',
    }),
  },
  memory: {
    min: limit(2048, 'MB', FLEX, { note: 'instance memory size' }),
    max: limit(4096, 'MB', FLEX, { note: 'instance memory size' }),
  },
  concurrencyPerInstance: limit('see source', 'requests', CONCURRENCY, {
    note: 'HTTP concurrency per instance defaults by instance memory size and can be set; one Node process serves them all',
  }),
  payload: {
    sync: limit(100, 'MB', SCALE, { note: 'HTTP request' }),
    async: limit('n/a', 'MB', SCALE, {
      note: 'no asynchronous invoke API: triggers carry their service’s message size',
    }),
    event: limit(1, 'MB', EVENT_GRID_LIMITS, { note: 'an Event Grid event' }),
  },
  packageSize: [limit('not documented', 'MB', FLEX, { label: 'zip package', note: 'deployed from a blob container' })],
  billingGranularity: limit(100, 'ms', FLEX, { note: 'at least 1,000 ms per execution, then rounded up to 100 ms' }),
  freeTier: [
    limit('see source', 'GB-s/month', PRICING, {
      label: 'on-demand compute',
      note: 'a monthly free grant of GB-s and executions for on-demand instances; the amounts are on the pricing page only',
    }),
  ],
  coldStart: [
    fact('always-ready instances per function group (billed while ready)', FLEX),
    fact(
      'Premium plan: prewarmed instances',
      'https://learn.microsoft.com/azure/azure-functions/functions-premium-plan',
    ),
  ],
};
