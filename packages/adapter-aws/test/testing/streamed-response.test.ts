import { describe, expect, it } from 'vitest';
import { fromStreamedInvocation } from '../../src/testing/streamed-response.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('fromStreamedInvocation', () => {
  it('uses the prelude status, headers and cookies', async () => {
    const res = fromStreamedInvocation({
      contentType: 'application/vnd.awslambda.http-integration-response',
      prelude: { statusCode: 418, headers: { 'x-a': '1' }, cookies: ['a=1', 'b=2'] },
      body: bytes('tea'),
      bytes: bytes('...'),
      maxBuffered: 0,
    });
    expect(res.status).toBe(418);
    expect(res.headers.get('x-a')).toBe('1');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await res.text()).toBe('tea');
  });

  it('without a prelude it is a bare 200 with the raw content type, as on Lambda', async () => {
    const res = fromStreamedInvocation({
      contentType: 'application/octet-stream',
      body: bytes('x'),
      bytes: bytes('x'),
      maxBuffered: 0,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
  });
});
