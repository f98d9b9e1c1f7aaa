import { HttpError, MalformedInputError, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { EventRefusedError, isRefusal } from '../../src/dev/errors.js';

describe('dev errors', () => {
  it('EventRefusedError is a FaasportError with a stable code and a cause', () => {
    const cause = new Error('inner');
    const e = new EventRefusedError('no', { cause });
    expect([e.code, e.name, e.message, e.cause]).toEqual(['EVENT_REFUSED', 'EventRefusedError', 'no', cause]);
  });

  it('isRefusal goes by code (another copy of core may have made the error), not by class', () => {
    expect(isRefusal(new UnsupportedEventError('aws', 'x'))).toBe(true);
    expect(isRefusal(new MalformedInputError('x'))).toBe(true);
    expect(isRefusal({ code: 'UNRECOGNIZED_EVENT', message: 'from elsewhere' })).toBe(true);
    expect(isRefusal(new HttpError(404))).toBe(false);
    expect(isRefusal(new Error('handler failed'))).toBe(false);
    expect(isRefusal(null)).toBe(false);
  });
});
