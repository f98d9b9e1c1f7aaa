import type { Capabilities } from '@faasport/core/capabilities';

/** context of the aws adapter's capability model. */
export const context: Capabilities['context'] = {
  deadline: {
    support: { level: 'supported', proof: ['http.context.signal-before-deadline'] },
    from: 'context.getRemainingTimeInMillis()',
  },
  requestId: {
    support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
    from: 'context.awsRequestId',
  },
  trace: {
    support: { level: 'supported', proof: ['http.context.trace'] },
    from: 'traceparent header, else X-Amzn-Trace-Id, else _X_AMZN_TRACE_ID',
  },
  raw: {
    support: { level: 'supported', proof: ['http.context.provider-and-raw', 'queue.single.json'] },
    from: '{ event, context }',
  },
};
