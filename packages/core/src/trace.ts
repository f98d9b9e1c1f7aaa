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

function build(traceId: string, spanId: string, sampled: boolean, tracestate?: string): Trace | undefined {
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
  return build(m[2] as string, m[3] as string, (flags & 1) === 1, tracestate ?? undefined);
}

/**
 * Converts an AWS X-Ray header (`Root=1-<8 hex>-<24 hex>;Parent=<16 hex>;Sampled=1`) to W3C form.
 * https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader
 *
 * @example
 * fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1')?.traceId
 */
export function fromXRayHeader(value: string | null | undefined): Trace | undefined {
  if (!value) return undefined;
  let root: string | undefined;
  let parent: string | undefined;
  let sampled = false;
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    if (key === 'Root') root = val;
    else if (key === 'Parent') parent = val;
    else if (key === 'Sampled') sampled = val === '1';
  }
  const m = root ? /^1-([0-9a-f]{8})-([0-9a-f]{24})$/.exec(root) : null;
  if (!m || !parent || !/^[0-9a-f]{16}$/.test(parent)) return undefined;
  return build(`${m[1]}${m[2]}`, parent, sampled);
}

/**
 * Converts Google's `X-Cloud-Trace-Context: TRACE_ID/SPAN_ID;o=1` (span id in decimal) to W3C form.
 * https://cloud.google.com/trace/docs/trace-context#legacy-http-header
 *
 * @example
 * fromCloudTraceContext('105445aa7843bc8bf206b12000100000/1;o=1')?.spanId // '0000000000000001'
 */
export function fromCloudTraceContext(value: string | null | undefined): Trace | undefined {
  if (!value) return undefined;
  const m = /^([0-9a-fA-F]{32})(?:\/(\d{1,20}))?(?:;o=([01]))?$/.exec(value.trim());
  if (!m) return undefined;
  let span: bigint;
  try {
    span = BigInt(m[2] ?? '0');
  } catch {
    return undefined;
  }
  if (span === 0n || span > 0xffffffffffffffffn) return undefined;
  return build((m[1] as string).toLowerCase(), span.toString(16).padStart(16, '0'), m[3] === '1');
}
