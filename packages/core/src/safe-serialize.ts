// The slow, total path of the logger: turns any value into plain JSON data without ever throwing.
// Only used when `JSON.stringify` refused a record (or for Errors), so plain fields stay fast.

/** How deep `toSafeJson` descends before writing `[Too deep]` (JSON.stringify overflows near 5,000). */
export const MAX_LOG_DEPTH = 64;

/** Written where a value refers back to one of its own ancestors. */
export const CIRCULAR = '[Circular]';

/** Written where the depth bound cut a value off. */
export const TOO_DEEP = '[Too deep]';

const REASON_LIMIT = 200;

/**
 * Why reading something failed, as a short string, without ever throwing: an Error's message when
 * it is a readable string, a primitive's text, otherwise its type.
 *
 * @example
 * reasonOf(new TypeError('nope')) // 'nope'
 */
export function reasonOf(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const message = thrown.message;
      if (typeof message === 'string' && message !== '') return message.slice(0, REASON_LIMIT);
      const name = thrown.name;
      return typeof name === 'string' ? name.slice(0, REASON_LIMIT) : 'Error';
    }
    if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) {
      return String(thrown).slice(0, REASON_LIMIT);
    }
    return typeof thrown;
  } catch {
    return 'unknown';
  }
}

/**
 * The marker for a value that could not be read (a getter, `toJSON` or proxy trap that threw).
 *
 * @example
 * unreadable(new Error('locked')) // '[Unreadable: locked]'
 */
export function unreadable(thrown: unknown): string {
  return `[Unreadable: ${reasonOf(thrown)}]`;
}

/**
 * Copies any value into data `JSON.stringify` always accepts, and never throws: cycles become
 * `[Circular]`, values deeper than `maxDepth` `[Too deep]`, BigInt and symbols strings, functions
 * `[Function: name]`, an Error `{ name, message, stack, code?, cause?, errors? }` (its cause chain
 * bounded the same way), and any getter, `toJSON` or proxy trap that throws
 * `[Unreadable: <reason>]`. `undefined` stays `undefined` (JSON then drops it, as it would).
 *
 * @example
 * const a: Record<string, unknown> = { n: 1n }; a.self = a
 * JSON.stringify(toSafeJson(a)) // '{"n":"1","self":"[Circular]"}'
 */
export function toSafeJson(value: unknown, maxDepth: number = MAX_LOG_DEPTH): unknown {
  return walk(value, '', 0, maxDepth, new Set());
}

/** What `read` gives back for a property whose getter (or proxy trap) threw. */
class Unreadable {
  constructor(readonly text: string) {}
}

function walk(value: unknown, key: string, depth: number, max: number, ancestors: Set<object>): unknown {
  switch (typeof value) {
    case 'bigint':
      return value.toString();
    case 'symbol':
      return String(value);
    case 'function':
      return functionName(value);
    case 'object':
      if (value === null) return null;
      if (ancestors.has(value)) return CIRCULAR;
      if (depth >= max) return TOO_DEEP;
      ancestors.add(value);
      try {
        return walkObject(value, key, depth + 1, max, ancestors);
      } catch (error) {
        return unreadable(error);
      } finally {
        ancestors.delete(value);
      }
    default:
      return value;
  }
}

function functionName(fn: unknown): string {
  try {
    const name = (fn as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? `[Function: ${name}]` : '[Function]';
  } catch {
    return '[Function]';
  }
}

function walkObject(value: object, key: string, depth: number, max: number, ancestors: Set<object>): unknown {
  if (value instanceof Unreadable) return value.text;
  if (value instanceof Error) return walkError(value, depth, max, ancestors);
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    let replaced: unknown;
    try {
      replaced = toJSON.call(value, key);
    } catch (error) {
      return unreadable(error);
    }
    // toJSON may return its own object again: the ancestor set turns that into [Circular].
    return walk(replaced, key, depth, max, ancestors);
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = walk(read(value, i), String(i), depth, max, ancestors);
      out[i] = item === undefined ? null : item;
    }
    return out;
  }
  // No prototype: a key named __proto__ stays plain data.
  const out = Object.create(null) as Record<string, unknown>;
  for (const name of Object.keys(value)) out[name] = walk(read(value, name), name, depth, max, ancestors);
  return out;
}

// The throwing accessor becomes its own marker, so one bad property never hides the rest.
function read(target: object, key: string | number): unknown {
  try {
    return (target as Record<string | number, unknown>)[key];
  } catch (error) {
    return new Unreadable(unreadable(error));
  }
}

function walkError(error: Error, depth: number, max: number, ancestors: Set<object>): unknown {
  const out = Object.create(null) as Record<string, unknown>;
  for (const name of ['name', 'message', 'stack', 'code'] as const) {
    const v = walk(read(error, name), name, depth, max, ancestors);
    if (v !== undefined || name === 'message') out[name] = v;
  }
  const cause = read(error, 'cause');
  if (cause !== undefined) out.cause = walk(cause, 'cause', depth, max, ancestors);
  const errors = read(error, 'errors');
  if (Array.isArray(errors)) out.errors = walk(errors, 'errors', depth, max, ancestors);
  return out;
}
