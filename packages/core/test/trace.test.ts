import { describe, expect, it } from 'vitest';
import { createTrace, parseTraceparent } from '../src/trace.js';

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

describe('createTrace', () => {
  it('builds the traceparent from its parts and refuses all-zero ids', () => {
    expect(createTrace('4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7', false)?.traceparent).toBe(
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00',
    );
    expect(createTrace('0'.repeat(32), '00f067aa0ba902b7', true)).toBeUndefined();
    expect(createTrace('4bf92f3577b34da6a3ce929d0e0e4736', '0'.repeat(16), true)).toBeUndefined();
  });
});
