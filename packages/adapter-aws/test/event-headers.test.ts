import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { checkHeaderMap, eventHeaderLookup, toHeaders } from '../src/event-headers.js';

describe('eventHeaderLookup', () => {
  it('finds a header case-insensitively, preferring multiValueHeaders, first value', () => {
    const lookup = eventHeaderLookup({
      headers: { Host: 'single.example' },
      multiValueHeaders: { HOST: ['multi.example', 'second'] },
    });
    expect(lookup.get('host')).toBe('multi.example');
    expect(eventHeaderLookup({ headers: { 'X-Amzn-Trace-Id': 'Root=1' } }).get('x-amzn-trace-id')).toBe('Root=1');
    expect(eventHeaderLookup({ headers: null }).get('host')).toBeNull();
  });

  it('does not see inherited properties as headers', () => {
    expect(eventHeaderLookup({ headers: {} }).get('constructor')).toBeNull();
  });
});

describe('checkHeaderMap', () => {
  it('refuses a name that is not a token, and CR/LF/NUL in values', () => {
    expect(() => checkHeaderMap({ 'bad name': 'x' }, 'alb')).toThrow(MalformedInputError);
    expect(() => checkHeaderMap({ ok: 'a\r\nInjected: 1' }, 'alb')).toThrow(/header "ok" is not a valid HTTP header/);
    expect(() => checkHeaderMap({ ok: ['fine', 'bad\n'] }, 'apigw-v1')).toThrow(MalformedInputError);
    expect(() => checkHeaderMap({ ok: ['fine'], multi: ['a', 'b'] }, 'alb')).not.toThrow();
  });
});

describe('toHeaders', () => {
  it('keeps every repeated value and joins several Cookie lines with "; "', () => {
    const headers = toHeaders(undefined, { 'x-multi': ['a', 'b'], cookie: ['a=1', 'b=2'] });
    expect(headers.get('x-multi')).toBe('a, b');
    expect(headers.get('cookie')).toBe('a=1; b=2');
  });

  it('carries UTF-8 values without a ByteString error', () => {
    expect(toHeaders({ 'x-city': 'Zürich — 東京' }, undefined).get('x-city')).toBe(
      Buffer.from('Zürich — 東京', 'utf8').toString('latin1'),
    );
  });
});

describe('hostile header maps found by the fuzz suite (test/fuzz)', () => {
  const trap = () => JSON.parse('{"toString":1}') as string;

  it('an object as a header value is an invalid header, not a TypeError from String()', () => {
    expect(() => checkHeaderMap({ accept: trap() }, 'alb')).toThrow(/header "accept" is not a valid HTTP header/);
    expect(() => checkHeaderMap({ accept: [trap()] }, 'alb')).toThrow(MalformedInputError);
  });

  it('lookups skip object values instead of throwing', () => {
    expect(eventHeaderLookup({ headers: { traceparent: trap() } }).get('traceparent')).toBeNull();
    expect(eventHeaderLookup({ multiValueHeaders: { traceparent: [trap()] } }).get('traceparent')).toBeNull();
  });
});
