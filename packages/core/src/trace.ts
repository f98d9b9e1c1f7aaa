/** W3C trace context of an invocation, whatever header the platform carried it in. */
export interface Trace {
  /** `00-<traceId>-<spanId>-<flags>` */
  readonly traceparent: string;
  readonly tracestate?: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly sampled: boolean;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

/**
 * A W3C trace from its parts, or `undefined` for the all-zero ids W3C calls invalid (for adapter authors: each
 * adapter converts its platform's own trace header with it).
 *
 * @example
 * createTrace('4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7', true)?.traceparent
 */
export function createTrace(traceId: string, spanId: string, sampled: boolean, tracestate?: string): Trace | undefined {
  if (traceId === ZERO_TRACE || spanId === ZERO_SPAN) return undefined;
  const traceparent = `00-${traceId}-${spanId}-${sampled ? '01' : '00'}`;
  return tracestate ? { traceparent, tracestate, traceId, spanId, sampled } : { traceparent, traceId, spanId, sampled };
}

/**
 * Parses a W3C `traceparent` header (https://www.w3.org/TR/trace-context/#traceparent-header).
 *
 * @example
 * parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')?.sampled // true
 */
export function parseTraceparent(value: string | null | undefined, tracestate?: string | null): Trace | undefined {
  if (!value) return undefined;
  const m = TRACEPARENT.exec(value.trim().toLowerCase());
  if (!m || m[1] === 'ff') return undefined;
  const flags = Number.parseInt(m[4] as string, 16);
  return createTrace(m[2] as string, m[3] as string, (flags & 1) === 1, tracestate ?? undefined);
}
