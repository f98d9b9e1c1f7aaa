/** Where the dev server writes its own lines (one per call, reloads, ticks). */
export type DevLog = (line: string) => void;

/**
 * The default `DevLog`: stderr, so a function's stdout stays its own.
 *
 * @example
 * const log = options.log ?? stderrLog
 */
export const stderrLog: DevLog = (line) => {
  process.stderr.write(`${line}\n`);
};

/** One call, as the dev server logs it. */
export interface CallRecord {
  /** The export name. */
  readonly fn: string;
  /** What was called, e.g. `GET /hello?x=1`, `invoke RequestResponse`, `event sqs`, `tick`. */
  readonly what: string;
  readonly invocationId: string;
  readonly ms: number;
  /** e.g. `200`, `ok`, `partial (1 to redeliver)`, `failed: Error: boom`. */
  readonly outcome: string;
  /** `local`, `aws`, `gcp`, `azure`. */
  readonly via: string;
}

/**
 * A readable line: time, function, what, outcome, provider, duration and invocation id.
 *
 * @example
 * formatCall({ fn: 'hello', what: 'GET /', invocationId: 'a1', ms: 2.5, outcome: '200', via: 'aws' })
 * // "12:00:01.123 hello GET / → 200 [aws] 2.5 ms id=a1"
 */
export function formatCall(call: CallRecord, now = new Date()): string {
  const time = now.toISOString().slice(11, 23);
  return `${time} ${call.fn} ${call.what} → ${call.outcome} [${call.via}] ${call.ms.toFixed(1)} ms id=${call.invocationId}`;
}
