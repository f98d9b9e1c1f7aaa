import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { BodyUnavailableError } from '../src/errors.js';

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
