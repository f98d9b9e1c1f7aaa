import { describe, expect, it } from 'vitest';
import {
  FaasportError,
  HttpError,
  InitError,
  InvocationTimeoutError,
  MalformedInputError,
  PayloadTooLargeError,
  UnrecognizedEventError,
} from '../src/errors.js';

describe('errors', () => {
  it('HttpError keeps status, message, headers and cause', () => {
    const cause = new Error('db down');
    const e = new HttpError(503, 'try later', { cause, headers: { 'retry-after': '5' } });
    expect(e).toBeInstanceOf(FaasportError);
    expect(e.status).toBe(503);
    expect(e.message).toBe('try later');
    expect(e.expose).toBe(true);
    expect(e.headers).toEqual({ 'retry-after': '5' });
    expect(e.cause).toBe(cause);
    expect(e.name).toBe('HttpError');
    expect(e.code).toBe('HTTP_ERROR');
  });

  it('HttpError without a message is not exposed', () => {
    const e = new HttpError(404);
    expect(e.expose).toBe(false);
    expect(e.message).toBe('HTTP 404');
  });

  it('HttpError refuses a status that is not an HTTP error or success code', () => {
    expect(() => new HttpError(99)).toThrow(RangeError);
    expect(() => new HttpError(600)).toThrow(/200 to 599/);
    expect(() => new HttpError(404.5)).toThrow(RangeError);
  });

  it('UnrecognizedEventError names the provider and what was missing', () => {
    const e = new UnrecognizedEventError('aws', 'no requestContext');
    expect(e.message).toBe('aws: unrecognized event: no requestContext');
    expect(e.provider).toBe('aws');
    expect(e.code).toBe('UNRECOGNIZED_EVENT');
  });

  it('MalformedInputError carries its cause', () => {
    const cause = new SyntaxError('bad');
    const e = new MalformedInputError('body is not JSON', { cause });
    expect(e.cause).toBe(cause);
    expect(e.name).toBe('MalformedInputError');
  });
});

describe('runtime errors', () => {
  it('InvocationTimeoutError names the time the invocation had and the fix', () => {
    const error = new InvocationTimeoutError(2999.6);
    expect(error.code).toBe('INVOCATION_TIMEOUT');
    expect(error.timeoutMs).toBe(2999.6);
    expect(error.message).toMatch(/within its 3000 ms.*ctx\.signal/);
    expect(error).toBeInstanceOf(FaasportError);
  });

  it('PayloadTooLargeError carries provider, size and limit, and names the fix', () => {
    const error = new PayloadTooLargeError('aws', 'the result', 7, 6, 'stream it');
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', provider: 'aws', size: 7, limit: 6 });
    expect(error.message).toBe("aws: the result is 7 bytes, over the platform's limit of 6 bytes; stream it");
  });

  it('InitError keeps the hook failure as its cause', () => {
    const cause = new Error('db down');
    const error = new InitError('an onInit hook failed', { cause });
    expect(error.code).toBe('INIT_FAILED');
    expect(error.cause).toBe(cause);
  });
});
