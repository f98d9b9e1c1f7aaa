import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { EventFailedError, HandlerFailedError } from '../src/errors.js';

describe('EventFailedError', () => {
  it('is a FaasportError with code EVENT_FAILED, the failed and skipped ids, and a message naming at most ten', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `m${i}`);
    const error = new EventFailedError('Service Bus batch', ids, 20, { skipped: ['x'] });
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.code).toBe('EVENT_FAILED');
    expect(error.name).toBe('EventFailedError');
    expect(error.failed).toEqual(ids);
    expect(error.skipped).toEqual(['x']);
    expect(error.message).toContain('Service Bus batch: 12 of 20 failed (m0, m1, m2, m3, m4, m5, m6, m7, m8, m9)');
    expect(error.message).toContain('1 later item(s) not run');
    expect(error.message).not.toContain('m10');
    expect(error.cause).toBeUndefined();
  });

  it('takes the signature every adapter shares: what, failed, total, then cause and skipped', () => {
    const cause = new Error('first failure');
    const error = new EventFailedError('Cosmos DB change batch', ['a'], 3, { cause });
    expect(error.cause).toBe(cause);
    expect(error.skipped).toEqual([]);
    expect(error.message).toBe('Cosmos DB change batch: 1 of 3 failed (a); the whole batch fails');
  });
});

describe('HandlerFailedError', () => {
  it('is a FaasportError with code HANDLER_FAILED and the thrown value as cause', () => {
    const error = new HandlerFailedError({ cause: undefined });
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.code).toBe('HANDLER_FAILED');
    expect(error.message).toMatch(/not a readable Error/);
  });
});
