import { type JsonValue, MalformedInputError } from '@faasport/core';
import type { AttributeValue } from './event-types.js';
import { setOwn } from './own-property.js';

// Smallest positive normal double: below it, doubles lose digits.
const MIN_NORMAL = 2.2250738585072014e-308;
const EXPONENT = /[eE]/;
const LEADING_ZEROS = /^0+/;
const TRAILING_ZEROS = /0+$/;

function significantDigits(text: string): number {
  const mantissa = text.replace(/^[+-]/, '').split(EXPONENT)[0] ?? '';
  const digits = mantissa.replace('.', '').replace(LEADING_ZEROS, '');
  return digits.replace(TRAILING_ZEROS, '').length;
}

/**
 * A DynamoDB number (`N`, up to 38 digits) as a JS number when a double holds it exactly, else as
 * its string: safe integers and decimals of at most 15 significant digits become numbers.
 *
 * @example
 * fromDynamoDbNumber('3.14') // 3.14
 * fromDynamoDbNumber('12345678901234567890') // '12345678901234567890'
 */
export function fromDynamoDbNumber(text: string): number | string {
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value))
    throw new MalformedInputError(`DynamoDB number ${JSON.stringify(text)} is not a number`);
  if (!Number.isFinite(value)) return text;
  if (Number.isSafeInteger(value) && !text.includes('.') && !EXPONENT.test(text)) return value;
  if (value !== 0 && Math.abs(value) < MIN_NORMAL) return text;
  return significantDigits(text) <= 15 ? value : text;
}

function list(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new MalformedInputError(`DynamoDB attribute ${path}: expected a list`);
  return value;
}

function strings(value: unknown, path: string): string[] {
  return list(value, path).map((item, i) => {
    if (typeof item !== 'string') throw new MalformedInputError(`DynamoDB attribute ${path}[${i}]: expected a string`);
    return item;
  });
}

/**
 * Unmarshals one DynamoDB attribute value to plain JSON: S → string, N → number (string when a
 * number would lose precision), B → its base64 text, BOOL, NULL → null, M → object, L → array,
 * SS/NS/BS → arrays. An unknown or ill-typed value is a `MalformedInputError` naming its path.
 *
 * @example
 * fromAttributeValue({ M: { n: { N: '1' } } }) // { n: 1 }
 */
export function fromAttributeValue(value: AttributeValue, path = '$'): JsonValue {
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null)
    throw new MalformedInputError(`DynamoDB attribute ${path}: expected an object`);
  if (typeof v.S === 'string') return v.S;
  if (typeof v.N === 'string') return fromDynamoDbNumber(v.N);
  if (typeof v.B === 'string') return v.B;
  if (typeof v.BOOL === 'boolean') return v.BOOL;
  if (v.NULL === true) return null;
  if (v.M !== undefined) return fromAttributeMap(v.M as Record<string, AttributeValue>, path);
  if (v.L !== undefined)
    return list(v.L, path).map((item, i) => fromAttributeValue(item as AttributeValue, `${path}[${i}]`));
  if (v.SS !== undefined) return strings(v.SS, `${path}.SS`);
  if (v.BS !== undefined) return strings(v.BS, `${path}.BS`);
  if (v.NS !== undefined) return strings(v.NS, `${path}.NS`).map(fromDynamoDbNumber);
  throw new MalformedInputError(`DynamoDB attribute ${path}: unknown type [${Object.keys(v).join(', ')}]`);
}

/**
 * Unmarshals a map of attributes (an item, `Keys`, `NewImage`, `OldImage`) to a plain object; a
 * `__proto__` attribute becomes an own property, never the prototype.
 *
 * @example
 * fromAttributeMap({ Id: { N: '101' } }) // { Id: 101 }
 */
export function fromAttributeMap(map: Record<string, AttributeValue>, path = '$'): { [key: string]: JsonValue } {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw new MalformedInputError(`DynamoDB attribute ${path}: expected a map`);
  }
  const out: { [key: string]: JsonValue } = {};
  for (const name of Object.keys(map))
    setOwn(out, name, fromAttributeValue(map[name] as AttributeValue, `${path}.${name}`));
  return out;
}
