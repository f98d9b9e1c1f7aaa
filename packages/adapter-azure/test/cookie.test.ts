import { ResponseError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { parseSetCookie } from '../src/cookie.js';

describe('parseSetCookie', () => {
  it('reads every attribute Azure can carry, Expires (with its comma) as a Date', () => {
    const { cookie, unsupported } = parseSetCookie(
      'sid=abc123; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Max-Age=3600; Domain=example.com; Path=/app; Secure; HttpOnly; SameSite=lax',
    );
    expect(cookie).toEqual({
      name: 'sid',
      value: 'abc123',
      expires: new Date(Date.UTC(2037, 9, 21, 7, 28, 0)),
      maxAge: 3600,
      domain: 'example.com',
      path: '/app',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(unsupported).toEqual([]);
  });

  it('canonicalises SameSite and keeps negative and zero Max-Age (deletion)', () => {
    expect(parseSetCookie('a=1; samesite=NONE; max-age=0').cookie).toEqual({
      name: 'a',
      value: '1',
      sameSite: 'None',
      maxAge: 0,
    });
    expect(parseSetCookie('a=1; SameSite=Strict; Max-Age=-1').cookie).toMatchObject({ sameSite: 'Strict', maxAge: -1 });
  });

  it('percent-decodes the value (the host encodes it again) and strips surrounding quotes', () => {
    expect(parseSetCookie('t=a%20b%3Dc%2F').cookie.value).toBe('a b=c/');
    expect(parseSetCookie('t="quoted value"').cookie.value).toBe('quoted value');
    expect(parseSetCookie('t=100%').cookie.value).toBe('100%');
    expect(parseSetCookie('t=a=b=c').cookie.value).toBe('a=b=c');
    expect(parseSetCookie('empty=').cookie).toEqual({ name: 'empty', value: '' });
  });

  it('ignores invalid attribute values as RFC 6265 tells user agents to', () => {
    const { cookie } = parseSetCookie(
      'a=1; Expires=not a date; Max-Age=soon; Path=relative; SameSite=sometimes; Domain=',
    );
    expect(cookie).toEqual({ name: 'a', value: '1' });
  });

  it('reports attributes Azure has no field for instead of dropping them silently', () => {
    expect(parseSetCookie('a=1; Partitioned; Priority=High; Secure').unsupported).toEqual(['Partitioned', 'Priority']);
  });

  it('throws a ResponseError naming the header when there is no name=value pair', () => {
    expect(() => parseSetCookie('justavalue')).toThrow(ResponseError);
    expect(() => parseSetCookie('=nameless; Path=/')).toThrow(/no name=value pair: "=nameless; Path=\/"/);
  });

  it('throws a ResponseError when the value percent-decodes to CR/LF or another control character', () => {
    for (const header of ['a=x%0D%0ASet-Cookie:%20evil=1', 'a=%0A', 'a=x%00y; Path=/']) {
      expect(() => parseSetCookie(header)).toThrow(ResponseError);
      expect(() => parseSetCookie(header)).toThrow(/control character/);
    }
    expect(parseSetCookie('a=%E2%9C%93').cookie.value).toBe('✓');
  });
});
