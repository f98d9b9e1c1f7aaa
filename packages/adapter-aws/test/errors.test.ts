import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { EventFailedError } from '../src/errors.js';

describe('EventFailedError', () => {
  it('is a FaasportError with a stable code, the failed ids, the cause and a message naming them', () => {
    const cause = new Error('db down');
    const error = new EventFailedError('SNS message', ['n-1'], 1, { cause });
    expect(error).toBeInstanceOf(FaasportError);
    expect(error).toMatchObject({ code: 'EVENT_FAILED', name: 'EventFailedError', failed: ['n-1'], cause });
    expect(error.message).toBe('aws: 1 of 1 SNS message(s) failed (n-1); the invocation fails so Lambda retries it');
    expect(error.skipped).toEqual([]);
  });

  it('takes the one signature of every adapter: what, failed ids, total, then cause and skipped ids', () => {
    const error = new EventFailedError('message', ['m-2'], 3, { skipped: ['m-3'] });
    expect(error.skipped).toEqual(['m-3']);
    expect(error.cause).toBeUndefined();
    expect(error.message).toBe(
      'aws: 1 of 3 message(s) failed (m-2), 1 skipped; the invocation fails so Lambda retries it',
    );
  });
});
