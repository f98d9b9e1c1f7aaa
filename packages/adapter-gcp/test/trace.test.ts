import { describe, expect, it } from 'vitest';
import { fromCloudTraceContext } from '../src/trace.js';

describe('fromCloudTraceContext', () => {
  it('converts the decimal span id to 16 hex digits', () => {
    const t = fromCloudTraceContext('105445aa7843bc8bf206b12000100000/2147483647;o=1');
    expect(t?.traceparent).toBe('00-105445aa7843bc8bf206b12000100000-000000007fffffff-01');
  });

  it('rejects span ids beyond 64 bits, zero spans and bad trace ids', () => {
    expect(fromCloudTraceContext('105445aa7843bc8bf206b12000100000/18446744073709551616;o=1')).toBeUndefined();
    expect(fromCloudTraceContext('105445aa7843bc8bf206b12000100000/0;o=1')).toBeUndefined();
    expect(fromCloudTraceContext('xyz/1;o=1')).toBeUndefined();
  });
});
