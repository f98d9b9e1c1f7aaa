import { describe, expect, it } from 'vitest';
import { fromRpcHttpResponse, toRpcInvocationRequest } from '../../src/testing/rpc-http.js';

describe('toRpcInvocationRequest', () => {
  it('builds the host request: nullable maps without empty headers, bytes body, params, continued trace', async () => {
    const req = new Request('http://localhost/api/x?a=1&a=2', {
      method: 'POST',
      headers: {
        'x-empty': '',
        'x-one': 'v',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        tracestate: 'k=v',
      },
      body: 'hi',
    });
    const rpc = await toRpcInvocationRequest(req, 'httpTrigger1', { path: 'x' });
    const http = rpc.inputData[0]?.data.http;
    expect(rpc.inputData[0]?.name).toBe('httpTrigger1');
    expect(http?.url).toBe('http://localhost/api/x?a=1&a=2');
    expect(http?.nullableHeaders).not.toHaveProperty('x-empty');
    expect(http?.nullableHeaders['x-one']).toEqual({ value: 'v' });
    expect(http?.nullableQuery).toEqual({ a: { value: '1,2' } });
    expect(http?.nullableParams).toEqual({ path: { value: 'x' } });
    expect(new TextDecoder().decode(http?.body?.bytes)).toBe('hi');
    expect(rpc.traceContext.traceParent).toMatch(
      /^00-4bf92f3577b34da6a3ce929d0e0e4736-(?!00f067aa0ba902b7)[0-9a-f]{16}-01$/,
    );
    expect(rpc.traceContext.traceState).toBe('k=v');
  });
});

describe('fromRpcHttpResponse', () => {
  it('answers with the flattened headers, one Set-Cookie per RPC cookie, and the body', async () => {
    const res = fromRpcHttpResponse({
      statusCode: '201',
      headers: { 'content-type': 'text/plain' },
      cookies: [
        { name: 'a', value: '1', sameSite: 'explicitNone', secure: { value: true } },
        { name: 'b', value: '2', expires: { value: { seconds: 2114380800 } }, path: { value: '/p' } },
      ],
      body: { bytes: new TextEncoder().encode('made') },
    });
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie()).toEqual([
      'a=1; path=/; secure; samesite=none',
      'b=2; expires=Thu, 01 Jan 2037 00:00:00 GMT; path=/p',
    ]);
    expect(await res.text()).toBe('made');
  });
});
