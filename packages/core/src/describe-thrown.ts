import { reasonOf, toSafeJson } from './safe-serialize.js';

const LIMIT = 500;

/**
 * One line that says what was thrown, for any value and without ever throwing: an Error's
 * `Name: message`, `undefined`, `null`, `42`, `Symbol(x)`, `10n`, or an object as safe JSON
 * (cycles `[Circular]`, unreadable parts `[Unreadable: …]`), cut at 500 characters.
 *
 * @example
 * describeThrown(undefined) // 'undefined'
 * describeThrown(new TypeError('bad')) // 'TypeError: bad'
 */
export function describeThrown(value: unknown): string {
  try {
    if (value instanceof Error) return errorLine(value);
    switch (typeof value) {
      case 'object':
        return value === null ? 'null' : cut(JSON.stringify(toSafeJson(value, 8)) ?? typeof value);
      case 'bigint':
        return `${value}n`;
      case 'function':
        return cut(String(toSafeJson(value)));
      default:
        return cut(String(value));
    }
  } catch (error) {
    return `[Unreadable: ${reasonOf(error)}]`;
  }
}

function errorLine(error: Error): string {
  let name: unknown;
  try {
    name = error.name;
  } catch {
    name = 'Error';
  }
  const head = typeof name === 'string' && name !== '' ? name : 'Error';
  let message: unknown;
  try {
    message = error.message;
  } catch (reason) {
    return cut(`${head}: [Unreadable: ${reasonOf(reason)}]`);
  }
  return cut(typeof message === 'string' && message !== '' ? `${head}: ${message}` : head);
}

function cut(text: string): string {
  return text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text;
}

/**
 * `value` itself when it is an Error whose `name`, `message` and `stack` read without throwing
 * (what a platform runtime reads from a rejection), otherwise `undefined`: the caller then
 * rejects with its own typed error carrying `value` as `cause` (for adapter authors).
 *
 * @example
 * throw readableError(error) ?? new ResponseError('the body stream failed', { cause: error })
 */
export function readableError(value: unknown): Error | undefined {
  try {
    if (!(value instanceof Error)) return undefined;
    const { name, message, stack } = value;
    const ok =
      typeof name === 'string' && typeof message === 'string' && (stack === undefined || typeof stack === 'string');
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}
