import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { BodyUnavailableError, EventFailedError } from '../src/errors.js';

describe('BodyUnavailableError', () => {
  it('is a FaasportError with a stable code, its message and its cause', () => {
    const cause = new Error('stream ended');
    const error = new BodyUnavailableError('POST /x: body already consumed', { cause });
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.name).toBe('BodyUnavailableError');
    expect(error.code).toBe('BODY_UNAVAILABLE');
    expect(error.message).toBe('POST /x: body already consumed');
    expect(error.cause).toBe(cause);
  });
});

describe('EventFailedError', () => {
  it('takes what, the failed ids, the total and options like every adapter, and keeps the generic message', () => {
    const cause = new Error('db down: secret=hunter2');
    const error = new EventFailedError('CloudEvent', ['evt-1'], 1, { cause });
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.code).toBe('EVENT_FAILED');
    expect(error.message).toBe('Internal Server Error');
    expect([error.what, error.failed, error.total, error.skipped]).toEqual(['CloudEvent', ['evt-1'], 1, []]);
    expect(error.cause).toBe(cause);
    expect(new EventFailedError('CloudEvent', ['a'], 2, { skipped: ['b'] }).skipped).toEqual(['b']);
  });
});
