/** What a redacted header value is replaced with. */
export const REDACTED = '[redacted]';

// Credentials and session tokens: never written to a log line.
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);

/** Headers in any of the shapes platforms and `fetch` use. */
export type HeaderSource =
  | Headers
  | Iterable<readonly [string, string]>
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Copies headers for a log line with credentials replaced by `[redacted]`: `Authorization`,
 * `Proxy-Authorization`, `Cookie`, `Set-Cookie`, `X-Api-Key`, plus any `extra` names (any case).
 * Names come out lower-case; repeated headers become an array. The result has no prototype, so a
 * header named `__proto__` stays plain data.
 *
 * @example
 * ctx.log.info('request', { headers: redactHeaders(request.headers) })
 */
export function redactHeaders(headers: HeaderSource, extra?: Iterable<string>): Record<string, string | string[]> {
  const secret = extra ? new Set([...SECRET_HEADERS, ...[...extra].map((n) => n.toLowerCase())]) : SECRET_HEADERS;
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const [rawName, value] of entriesOf(headers)) {
    const name = rawName.toLowerCase();
    const shown = secret.has(name) ? REDACTED : value;
    const prior = out[name];
    if (prior === undefined) out[name] = shown;
    else if (Array.isArray(prior)) prior.push(shown);
    else out[name] = [prior, shown];
  }
  return out;
}

function* entriesOf(headers: HeaderSource): Iterable<readonly [string, string]> {
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    yield* headers as Iterable<readonly [string, string]>;
    return;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (typeof value === 'string') yield [name, value];
    else if (Array.isArray(value)) for (const v of value) yield [name, String(v)];
  }
}
