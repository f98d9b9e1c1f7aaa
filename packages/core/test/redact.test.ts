import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaders } from '../src/redact.js';

describe('redactHeaders', () => {
  it('redacts Authorization, Proxy-Authorization, Cookie, Set-Cookie and X-Api-Key in any case', () => {
    const out = redactHeaders({
      Authorization: 'Bearer abc',
      'proxy-authorization': 'Basic xyz',
      COOKIE: 'sid=1',
      'Set-Cookie': ['a=1', 'b=2'],
      'X-Api-Key': 'k',
      'X-Request-Id': 'r-1',
    });
    expect({ ...out }).toEqual({
      authorization: REDACTED,
      'proxy-authorization': REDACTED,
      cookie: REDACTED,
      'set-cookie': [REDACTED, REDACTED],
      'x-api-key': REDACTED,
      'x-request-id': 'r-1',
    });
    expect(JSON.stringify(out)).not.toMatch(/abc|xyz|sid=1|a=1|"k"/);
  });

  it('reads a Headers object, keeping repeated Set-Cookie as an array', () => {
    const headers = new Headers([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['accept', 'text/html'],
    ]);
    expect({ ...redactHeaders(headers) }).toEqual({ 'set-cookie': [REDACTED, REDACTED], accept: 'text/html' });
  });

  it('redacts extra names given by the caller', () => {
    expect(redactHeaders([['X-Session', 's']], ['x-session'])['x-session']).toBe(REDACTED);
  });

  it('keeps a header named __proto__ as plain data, without touching any prototype', () => {
    const out = redactHeaders(new Headers([['__proto__', 'polluted']]));
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
