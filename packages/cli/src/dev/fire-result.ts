import type { DeliveryReport } from '@faasport/core/adapter';

/** How a delivery settled: everything acknowledged, some items to be redelivered, or nothing done. */
export type Outcome = 'ok' | 'partial' | 'failed';

/** The answer to firing an event at a definition (the dev server's JSON, `faasport invoke`'s output). */
export interface FireResult {
  readonly function: string;
  readonly provider: 'aws' | 'gcp' | 'azure' | 'local';
  /** How it was delivered, e.g. `aws sqs (native)`, `gcp pubsub`, `local`. */
  readonly via: string;
  readonly outcome: Outcome;
  /** Input ids the platform considers done / will deliver again (when known). */
  readonly acknowledged?: readonly string[];
  readonly redelivered?: readonly string[];
  /** AWS partial-batch answers, gathered from the results. */
  readonly batchItemFailures?: readonly { readonly itemIdentifier: string }[];
  /** What each invocation gave back (errors as `{ error: { name, code, message } }`). */
  readonly results: readonly unknown[];
}

/**
 * A JSON-safe copy of a result: errors become `{ name, code, message, cause }`, bytes become base64.
 *
 * @example
 * JSON.stringify(toJsonSafe({ error: new Error('boom') })) // {"error":{"name":"Error","message":"boom"}}
 */
export function toJsonSafe(value: unknown, depth = 0): unknown {
  if (depth > 8) return '…';
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      ...(typeof code === 'string' ? { code } : {}),
      message: value.message,
      ...(value.cause === undefined ? {} : { cause: toJsonSafe(value.cause, depth + 1) }),
    };
  }
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toJsonSafe(v, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (typeof v !== 'function') out[k] = toJsonSafe(v, depth + 1);
    return out;
  }
  return value;
}

/**
 * The `batchItemFailures` of every result that has them, flattened.
 *
 * @example
 * batchFailuresOf([{ result: { batchItemFailures: [{ itemIdentifier: 'm2' }] } }]) // [{ itemIdentifier: 'm2' }]
 */
export function batchFailuresOf(results: readonly unknown[]): { itemIdentifier: string }[] | undefined {
  let found: { itemIdentifier: string }[] | undefined;
  for (const r of results) {
    const holder = (r as { result?: unknown } | null)?.result ?? r;
    const list = (holder as { batchItemFailures?: unknown } | null)?.batchItemFailures;
    if (Array.isArray(list)) found = [...(found ?? []), ...(list as { itemIdentifier: string }[])];
  }
  return found;
}

/**
 * A `FireResult` from an `EventTransport` report: ok when nothing is redelivered, failed when nothing is acknowledged.
 *
 * @example
 * fromReport('orders', 'aws', 'aws sqs', await transport.deliver(def, input, 'sqs'))
 */
export function fromReport(
  name: string,
  provider: FireResult['provider'],
  via: string,
  report: DeliveryReport,
): FireResult {
  const outcome: Outcome =
    report.redelivered.length === 0 ? 'ok' : report.acknowledged.length === 0 ? 'failed' : 'partial';
  const failures = batchFailuresOf(report.results);
  return {
    function: name,
    provider,
    via,
    outcome,
    acknowledged: report.acknowledged,
    redelivered: report.redelivered,
    ...(failures ? { batchItemFailures: failures } : {}),
    results: report.results.map((r) => toJsonSafe(r)),
  };
}
