import type { InvocationContext } from '@azure/functions';
import { MalformedInputError } from '@faasport/core';
import { setOwn } from '@faasport/core/adapter';

const encoder = new TextEncoder();

/** `context.triggerMetadata` as a plain record (empty when the library gives none: HTTP and timer). */
export type Metadata = Readonly<Record<string, unknown>>;

/**
 * The trigger metadata of an invocation, never undefined.
 *
 * @example
 * metadataOf(context).dequeueCount // 1
 */
export function metadataOf(context: InvocationContext): Metadata {
  const meta = context.triggerMetadata;
  return typeof meta === 'object' && meta !== null ? meta : {};
}

/**
 * The bytes of a payload as the library hands it over: a `Buffer` (binary data) is used as is, a
 * string is UTF-8 encoded, and anything else is a string the library JSON-parsed
 * (`fromRpcTypedData` parses every string that parses), re-serialized with `JSON.stringify`:
 * the same JSON value, though insignificant whitespace of the original is gone.
 * https://github.com/Azure/azure-functions-nodejs-library/blob/v4.x/src/converters/fromRpcTypedData.ts
 *
 * @example
 * toBytes({ a: 1 }, 'message 1') // bytes of '{"a":1}'
 */
export function toBytes(value: unknown, what: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return encoder.encode(value);
  if (value === undefined) throw new MalformedInputError(`${what}: the trigger delivered no payload`);
  return encoder.encode(JSON.stringify(value));
}

/**
 * A timestamp field as a `Date`; throws `MalformedInputError` naming the field when it is missing
 * or not a date.
 *
 * @example
 * toDate('2022-08-25T05:06:39+00:00', 'insertionTime') // Date
 */
export function toDate(value: unknown, what: string): Date {
  const date = typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new MalformedInputError(`${what} is not a timestamp (got ${JSON.stringify(value) ?? 'nothing'})`);
  }
  return date;
}

/**
 * A non-empty string field, or a number rendered as one; `undefined` otherwise.
 *
 * @example
 * stringOf(17) // '17'
 */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * Element `index` of a per-message metadata array (`messageIdArray`, `sequenceNumberArray`…).
 *
 * @example
 * itemOf(meta, 'messageIdArray', 2)
 */
export function itemOf(meta: Metadata, key: string, index: number): unknown {
  const list = meta[key];
  return Array.isArray(list) ? list[index] : undefined;
}

/**
 * Application properties as string attributes: strings as they are, other values JSON-encoded.
 *
 * @example
 * toAttributes({ n: 1, s: 'x' }) // { n: '1', s: 'x' }
 */
export function toAttributes(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    setOwn(out, key, typeof v === 'string' ? v : JSON.stringify(v));
  }
  return out;
}

/**
 * Removes one pair of surrounding double quotes (Azure sends ETags both quoted and bare).
 *
 * @example
 * unquote('"0x8D4"') // '0x8D4'
 */
export function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
