import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { MalformedLogError } from '../src/errors.js';

describe('MalformedLogError', () => {
  it('is a FaasportError naming the record and the problem, keeping the cause', () => {
    const cause = new SyntaxError('Unexpected token');
    const error = new MalformedLogError('r-9', 'line 2 is not JSON', { cause });
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.code).toBe('MALFORMED_LOG');
    expect(error.recordId).toBe('r-9');
    expect(error.message).toBe('record r-9: line 2 is not JSON');
    expect(error.cause).toBe(cause);
  });
});
