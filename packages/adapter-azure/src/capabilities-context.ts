import type { Capabilities } from '@faasport/core/capabilities';

/** context of the azure adapter's capability model. */
export const context: Capabilities['context'] = {
  deadline: {
    support: {
      level: 'partial',
      proof: ['http.context.signal-before-deadline'],
      note: 'Azure does not tell the function its timeout: only a declared options.timeoutSeconds gives ctx.deadline and an early ctx.signal',
    },
    from: 'options.timeoutSeconds',
  },
  requestId: {
    support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
    from: 'InvocationContext.invocationId',
  },
  trace: {
    support: { level: 'supported', proof: ['http.context.trace'] },
    from: 'InvocationContext.traceContext (W3C)',
  },
  raw: {
    support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
    from: '{ request, context } or { trigger, context }',
  },
};
