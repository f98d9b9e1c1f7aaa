import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { BatchFailedError } from '../src/errors.js';

describe('BatchFailedError', () => {
  it('is a FaasportError with code BATCH_FAILED, the failed and skipped ids, and a message naming at most ten', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `m${i}`);
    const error = new BatchFailedError('Service Bus batch', 20, ids, ['x']);
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.code).toBe('BATCH_FAILED');
    expect(error.name).toBe('BatchFailedError');
    expect(error.failed).toEqual(ids);
    expect(error.skipped).toEqual(['x']);
    expect(error.message).toContain('Service Bus batch: 12 of 20 failed (m0, m1, m2, m3, m4, m5, m6, m7, m8, m9)');
    expect(error.message).not.toContain('m10');
  });
});
