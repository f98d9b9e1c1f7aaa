import type { Capabilities } from '@faasport/core/capabilities';

/** context of the gcp adapter's capability model. */
export const context: Capabilities['context'] = {
  deadline: {
    support: {
      level: 'partial',
      proof: ['http.context.signal-before-deadline'],
      note: 'GCP does not tell the function its deadline: only a declared options.timeoutSeconds gives ctx.deadline and an early ctx.signal',
    },
    from: 'options.timeoutSeconds',
  },
  requestId: {
    support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
    from: 'the Functions Framework execution id; for CloudEvent functions the event id',
  },
  trace: {
    support: { level: 'supported', proof: ['http.context.trace'] },
    from: 'traceparent, else X-Cloud-Trace-Context; the CloudEvent traceparent for events',
  },
  raw: {
    support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
    from: '{ req, res } or { cloudEvent }',
  },
};
