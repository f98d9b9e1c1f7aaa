import { Agent } from 'node:http';
import { http } from '@faasport/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCloudFunction } from '../../src/handler.js';
import { forwardRequest } from '../../src/testing/forward.js';
import type { GcpRaw } from '../../src/types.js';
import { type RunningFunction, serveFunction } from '../helpers.js';

// Reports what arrived on the Node side, so we see what forwardRequest put on the wire.
const wire = http((_req, ctx) => {
  const { req } = ctx.raw as GcpRaw;
  return Response.json({ method: req.method, url: req.url, rawHeaders: req.rawHeaders, body: req.rawBody?.toString() });
});

let server: RunningFunction;
const agent = new Agent({ keepAlive: true });
beforeAll(async () => {
  server = await serveFunction(toCloudFunction(wire));
});
afterAll(async () => {
  agent.destroy();
  await server.close();
});

const forward = (request: Request) => forwardRequest(request, { port: server.port, agent });

describe('forwardRequest', () => {
  it('sends the URL host as Host, its scheme as x-forwarded-proto, path and raw query unchanged', async () => {
    const res = await forward(new Request('https://api.example.com:8443/a%2Fb/c?x=1&x=2&p=%2B+', { method: 'DELETE' }));
    const seen = (await res.json()) as { method: string; url: string; rawHeaders: string[] };
    expect(seen.method).toBe('DELETE');
    expect(seen.url).toBe('/a%2Fb/c?x=1&x=2&p=%2B+');
    expect(seen.rawHeaders.slice(0, 4)).toEqual(['host', 'api.example.com:8443', 'x-forwarded-proto', 'https']);
  });

  it('overrides a Host or x-forwarded-proto set on the Request, and sends every other header value as is', async () => {
    const request = new Request('http://real.example/', {
      headers: { host: 'spoofed', 'x-forwarded-proto': 'https', 'x-latin': 'caf\u00e9' },
    });
    const seen = (await (await forward(request)).json()) as { rawHeaders: string[] };
    expect(seen.rawHeaders.filter((h) => h === 'spoofed')).toEqual([]);
    expect(seen.rawHeaders).toContain('real.example');
    const latin = seen.rawHeaders.indexOf('x-latin');
    expect(seen.rawHeaders[latin + 1]).toBe('caf\u00e9');
  });

  it('sends the body with its length', async () => {
    const res = await forward(new Request('http://h.example/', { method: 'POST', body: 'payload' }));
    const seen = (await res.json()) as { rawHeaders: string[]; body: string };
    expect(seen.body).toBe('payload');
    expect(seen.rawHeaders).toContain('content-length');
  });
});
