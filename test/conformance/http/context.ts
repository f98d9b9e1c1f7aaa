import { http } from '@faasport/core';
import { echo, echoed, get, type HttpScenario } from './shared.js';

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
];
