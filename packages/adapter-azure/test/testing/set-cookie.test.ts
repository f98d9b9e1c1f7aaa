import { describe, expect, it } from 'vitest';
import { toSetCookieHeader } from '../../src/testing/set-cookie.js';

describe('toSetCookieHeader', () => {
  it('writes cookies as the host does: value escaped like Uri.EscapeDataString, lower-case attributes', () => {
    expect(
      toSetCookieHeader({
        name: 'Yadda',
        value: "plus+slash/equals=semicolon;percent%done (it's)",
        maxAge: 28800,
        domain: 'whatever.com',
        secure: true,
        sameSite: 'None',
        httpOnly: true,
      }),
    ).toBe(
      'Yadda=plus%2Bslash%2Fequals%3Dsemicolon%3Bpercent%25done%20%28it%27s%29; max-age=28800; domain=whatever.com; path=/; secure; samesite=none; httponly',
    );
  });

  it('writes expires in IMF-fixdate and keeps an explicit path', () => {
    expect(toSetCookieHeader({ name: 'a', value: '1', expires: new Date(Date.UTC(2037, 0, 1)), path: '/app' })).toBe(
      'a=1; expires=Thu, 01 Jan 2037 00:00:00 GMT; path=/app',
    );
  });
});
