import { describe, expect, it } from 'vitest';
import { fromCloudTraceContext, fromXRayHeader, parseTraceparent } from '../src/trace.js';

describe('parseTraceparent', () => {
  it('parses a valid header and keeps tracestate', () => {
    const t = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'k=v');
    expect(t).toEqual({
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      tracestate: 'k=v',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      sampled: true,
    });
  });

  it('rejects malformed, version ff and all-zero ids', () => {
    expect(parseTraceparent('garbage')).toBeUndefined();
    expect(parseTraceparent('ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBeUndefined();
    expect(parseTraceparent(`00-${'0'.repeat(32)}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(parseTraceparent(undefined)).toBeUndefined();
  });
});

describe('fromXRayHeader', () => {
  it('converts Root and Parent to a W3C traceparent', () => {
    const t = fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1');
    expect(t?.traceparent).toBe('00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01');
  });

  it('is unsampled unless Sampled=1, and needs a Parent', () => {
    expect(fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0')?.sampled).toBe(
      false,
    );
    expect(fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793')).toBeUndefined();
    expect(fromXRayHeader('Root=2-zz;Parent=53995c3f42cd8ad8')).toBeUndefined();
  });
});

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
