import type { Trace } from '@faasport/core';
import { createTrace } from '@faasport/core/adapter';

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
  return createTrace(`${m[1]}${m[2]}`, parent, sampled);
}
