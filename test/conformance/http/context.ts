import { http } from '@faasport/core';
import { echo, echoed, get, type HttpScenario } from './shared.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

export const contexts: HttpScenario[] = [
  {
    id: 'http.context.provider-and-raw',
    description: "the handler's context names the provider and carries the raw platform input (hono #1620)",
    definition: echo,
    request: get('/ctx'),
    expect: echoed({ method: 'GET', path: '/ctx' }),
  },
  {
    id: 'http.context.signal-before-deadline',
    description: 'with a known timeout, ctx.signal is live and remainingMs() is finite and positive (middy #684)',
    definition: http(
      (_req, ctx) => {
        const left = ctx.remainingMs();
        return Response.json({ aborted: ctx.signal.aborted, finite: Number.isFinite(left), positive: left > 0 });
      },
      { timeoutSeconds: 30 },
    ),
    request: get('/ctx'),
    expect: { status: 200, json: { aborted: false, finite: true, positive: true } },
  },
  {
    id: 'http.context.trace',
    description: "a W3C traceparent on the request reaches ctx.trace with the caller's trace id and sampled flag",
    definition: http((_req, ctx) =>
      Response.json({ traceId: ctx.trace?.traceId ?? null, sampled: ctx.trace?.sampled ?? null }),
    ),
    request: get('/ctx', { headers: { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` } }),
    expect: { status: 200, json: { traceId: TRACE_ID, sampled: true } },
    limitations: {
      local: {
        reason:
          'the local transport calls the handler directly: no platform hands it a trace context, so ctx.trace is absent',
        expect: { status: 200, json: { traceId: null, sampled: null } },
      },
    },
  },
];
