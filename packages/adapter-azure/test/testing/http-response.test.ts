import { describe, expect, it } from 'vitest';
import { azure } from '../../src/azure-functions.js';
import { fromHttpResponse } from '../../src/testing/http-response.js';

describe('fromHttpResponse', () => {
  it('serializes each cookie as its own Set-Cookie and keeps status, headers and body bytes', async () => {
    const res = await fromHttpResponse({
      status: 202,
      headers: { 'x-a': '1' },
      cookies: [
        { name: 'a', value: '1' },
        { name: 'b', value: 'x y', httpOnly: true },
      ],
      body: new Uint8Array([1, 2, 3]),
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-a')).toBe('1');
    expect(res.headers.getSetCookie()).toEqual(['a=1; path=/', 'b=x%20y; path=/; httponly']);
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('accepts an HttpResponse instance and gives 304 no body', async () => {
    const res = await fromHttpResponse(new azure.HttpResponse({ status: 304, headers: { etag: '"x"' } }));
    expect(res.status).toBe(304);
    expect(res.body).toBeNull();
    expect(res.headers.get('etag')).toBe('"x"');
  });
});
