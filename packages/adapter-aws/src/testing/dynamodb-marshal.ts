import type { JsonValue } from '@faasport/core';
import type { AttributeValue } from '../event-types.js';

/**
 * Marshals plain JSON to a DynamoDB attribute value: string → S, number → N, boolean → BOOL,
 * null → NULL, array → L, object → M (JSON has no sets: arrays stay lists).
 *
 * @example
 * toAttributeValue({ qty: 2 }) // { M: { qty: { N: '2' } } }
 */
export function toAttributeValue(value: JsonValue): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  return { M: toAttributeMap(value) };
}

/**
 * Marshals a plain object to an attribute map (an item, `Keys`, `NewImage`).
 *
 * @example
 * toAttributeMap({ Id: 101 }) // { Id: { N: '101' } }
 */
export function toAttributeMap(value: { [key: string]: JsonValue }): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const name of Object.keys(value)) {
    const item = toAttributeValue(value[name] as JsonValue);
    if (name === '__proto__')
      Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
    else out[name] = item;
  }
  return out;
}
