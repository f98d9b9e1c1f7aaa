import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { requestMethod } from '../src/method.js';

describe('requestMethod', () => {
  it.each(['GET', 'POST', 'PATCH', 'PROPFIND', 'M-SEARCH'])('keeps %s as Node parsed it', (method) => {
    expect(requestMethod(method, 'http://h/')).toBe(method);
    expect(new Request('http://h/', { method }).method).toBe(method);
  });

  it.each([
    ['get', 'GET'],
    ['Delete', 'DELETE'],
    ['patch', 'patch'],
  ])('normalizes %s as new Request does: %s', (method, expected) => {
    expect(requestMethod(method, 'http://h/')).toBe(expected);
    expect(new Request('http://h/', { method }).method).toBe(expected);
  });

  it.each(['TRACE', 'connect', 'Track', 'BAD METHOD', ''])(
    'refuses %j with a MalformedInputError naming it',
    (method) => {
      let thrown: unknown;
      try {
        requestMethod(method, 'http://h/x');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(MalformedInputError);
      expect((thrown as Error).message).toContain(`${JSON.stringify(method)} is not a method a Request can carry`);
      expect(() => new Request('http://h/', { method })).toThrow(TypeError);
    },
  );
});
