import type { HttpOptions } from './definition.js';
import type { Logger } from './logger.js';
import { redactHeaders } from './redact.js';

/** Whether each HTTP invocation writes a request line: off, on, or on with (redacted) request headers. */
export type RequestLogMode = 'off' | 'on' | 'headers';

// Read once per process: the hot path does no env lookups.
let fromEnv: RequestLogMode | undefined;

/**
 * Parses a `FAASPORT_REQUEST_LOG` value: `1`/`on`/`true` → `on`, `headers` → `headers`, anything
 * else (unset, `0`, `off`) → `off`.
 *
 * @example
 * parseRequestLogMode(process.env.FAASPORT_REQUEST_LOG) // 'off' when unset
 */
export function parseRequestLogMode(value: string | undefined): RequestLogMode {
  const v = value?.trim().toLowerCase();
  if (v === '1' || v === 'on' || v === 'true') return 'on';
  if (v === 'headers') return 'headers';
  return 'off';
}

/**
 * The request-log mode of one HTTP definition: its `requestLog` option, else `FAASPORT_REQUEST_LOG`
 * (off by default: every platform already writes its own request log, see docs/reliability.md).
 *
 * @example
 * if (requestLogMode(def.options) !== 'off') start = performance.now()
 */
export function requestLogMode(options: HttpOptions): RequestLogMode {
  const option = options.requestLog;
  if (option !== undefined) return option === true ? 'on' : option === false ? 'off' : option;
  fromEnv ??= parseRequestLogMode(typeof process === 'undefined' ? undefined : process.env.FAASPORT_REQUEST_LOG);
  return fromEnv;
}

/**
 * Writes the one request line of an HTTP invocation: method, path (never the query string, which
 * may carry tokens), status and duration; the logger adds the invocation id. In `headers` mode the
 * request headers follow, with credentials redacted by `redactHeaders`.
 *
 * @example
 * logRequest(ctx.log, request, res.status, performance.now() - start, 'on')
 */
export function logRequest(
  log: Pick<Logger, 'info'>,
  request: Request,
  status: number,
  durationMs: number,
  mode: Exclude<RequestLogMode, 'off'>,
): void {
  const fields: Record<string, unknown> = {
    method: request.method,
    path: pathOf(request.url),
    status,
    durationMs: Math.round(durationMs * 1000) / 1000,
  };
  if (mode === 'headers') fields.headers = redactHeaders(request.headers);
  log.info('http request', fields);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
