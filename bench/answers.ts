// What each kind of case must answer alike across variants (isolated.ts refuses to compare
// variants that answer differently: a fast wrong answer is no result).

interface LambdaHttpResult {
  statusCode?: number;
  body?: string;
  isBase64Encoded?: boolean;
}

/** Status and JSON body of a Lambda HTTP result (headers legitimately differ between adapters). */
export function lambdaHttpAnswer(sample: unknown): string {
  const r = (sample ?? {}) as LambdaHttpResult;
  const text = r.isBase64Encoded ? Buffer.from(r.body ?? '', 'base64').toString('utf8') : (r.body ?? '');
  return `${r.statusCode} ${JSON.stringify(JSON.parse(text || 'null'))}`;
}

/** The reported failures of a batch (none expected). */
export function batchAnswer(sample: unknown): string {
  const failures = (sample as { batchItemFailures?: unknown[] } | undefined)?.batchItemFailures;
  return `failures ${JSON.stringify(failures ?? [])}`;
}

/** Status and body length of what the Azure worker sends back. */
export function azureAnswer(sample: unknown): string {
  const [status, bytes] = sample as [number, number];
  return `${status}, ${bytes} bytes`;
}
