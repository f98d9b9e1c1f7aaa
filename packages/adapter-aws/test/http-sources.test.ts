import { UnrecognizedEventError, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { httpSourceOf } from '../src/http-sources.js';
import { albEvent, v1Event, v2Event } from './helpers.js';

describe('httpSourceOf', () => {
  it('names the source of each HTTP shape', () => {
    expect(httpSourceOf(v2Event()).name).toBe('apigw-v2');
    expect(httpSourceOf(v1Event()).name).toBe('apigw-v1');
    expect(httpSourceOf(albEvent(false)).name).toBe('alb');
    // A REST event with a rawPath (custom domain) is still REST.
    expect(httpSourceOf({ ...v1Event(), rawPath: '/x' }).name).toBe('apigw-v1');
  });

  it('mirrors the ALB header mode in the result', async () => {
    const multi = albEvent(true);
    const result = await httpSourceOf(multi).toResult(new Response('x'), multi, 'GET', console);
    expect(result).toHaveProperty('multiValueHeaders');
    expect(result).not.toHaveProperty('headers');
  });

  it('rejects unknown and unsupported events with typed errors', () => {
    expect(() => httpSourceOf({ detail: {} })).toThrow(UnrecognizedEventError);
    expect(() => httpSourceOf([1, 2])).toThrow(/an array of 2/);
    expect(() => httpSourceOf({ Records: [{ cf: {} }] })).toThrow(UnsupportedEventError);
  });
});
