import type { Trace } from '@faasport/core';
import { createTrace } from '@faasport/core/adapter';

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
  return createTrace((m[1] as string).toLowerCase(), span.toString(16).padStart(16, '0'), m[3] === '1');
}
