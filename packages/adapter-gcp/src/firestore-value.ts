import { type JsonValue, MalformedInputError } from '@faasport/core';
import { setOwn } from '@faasport/core/adapter';

type Fields = { [key: string]: JsonValue };

const INTEGER = /^-?\d+$/;

/**
 * Turns the `fields` of a Firestore Document in JSON form into plain JSON
 * (https://cloud.google.com/firestore/docs/reference/rest/v1/Value): `integerValue` (a string)
 * becomes a number, or stays a string where a number would lose precision; `doubleValue` a number
 * (`"NaN"`/`"Infinity"` stay strings); timestamps, references and base64 bytes stay strings;
 * `geoPointValue` becomes `{ latitude, longitude }`; maps and arrays recurse; `nullValue` is null.
 * An unknown value type is a `MalformedInputError` naming the field.
 *
 * @example
 * fromFirestoreFields({ count: { integerValue: '4' }, tags: { arrayValue: { values: [{ stringValue: 'a' }] } } })
 * // { count: 4, tags: ['a'] }
 */
export function fromFirestoreFields(fields: unknown, path = 'fields'): Fields {
  if (fields === undefined || fields === null) return {};
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    throw new MalformedInputError(`Firestore ${path} must be an object of typed values`);
  }
  const out: Fields = {};
  for (const [name, value] of Object.entries(fields)) setOwn(out, name, fromFirestoreValue(value, `${path}.${name}`));
  return out;
}

/**
 * Turns one Firestore `Value` (JSON form) into plain JSON; see `fromFirestoreFields`.
 *
 * @example
 * fromFirestoreValue({ mapValue: { fields: { a: { booleanValue: true } } } }, 'doc') // { a: true }
 */
export function fromFirestoreValue(value: unknown, path: string): JsonValue {
  if (typeof value !== 'object' || value === null) {
    throw new MalformedInputError(`Firestore value at ${path} must be an object, got ${JSON.stringify(value)}`);
  }
  const v = value as Record<string, unknown>;
  if ('stringValue' in v) return text(v.stringValue, path);
  if ('integerValue' in v) return integer(v.integerValue, path);
  if ('doubleValue' in v) return double(v.doubleValue, path);
  if ('booleanValue' in v && typeof v.booleanValue === 'boolean') return v.booleanValue;
  if ('nullValue' in v) return null;
  if ('timestampValue' in v) return text(v.timestampValue, path);
  if ('referenceValue' in v) return text(v.referenceValue, path);
  if ('bytesValue' in v) return text(v.bytesValue, path);
  if ('geoPointValue' in v) return geoPoint(v.geoPointValue, path);
  if ('arrayValue' in v) return array(v.arrayValue, path);
  if ('mapValue' in v) return fromFirestoreFields((v.mapValue as { fields?: unknown } | null)?.fields, path);
  throw new MalformedInputError(`Firestore value at ${path} has no known type (keys: ${Object.keys(v).join(', ')})`);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new MalformedInputError(`Firestore value at ${path} must be a string`);
  return value;
}

function integer(value: unknown, path: string): number | string {
  // int64 travels as a string in proto3 JSON; some encoders send a number.
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value !== 'string' || !INTEGER.test(value)) {
    throw new MalformedInputError(`Firestore integerValue at ${path} is not an integer: ${JSON.stringify(value)}`);
  }
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

function double(value: unknown, path: string): number | string {
  if (typeof value === 'number') return value;
  // proto3 JSON spells the non-finite doubles as strings, which JSON numbers cannot hold.
  if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return value;
  throw new MalformedInputError(`Firestore doubleValue at ${path} is not a number: ${JSON.stringify(value)}`);
}

function geoPoint(value: unknown, path: string): JsonValue {
  const { latitude = 0, longitude = 0 } = (value ?? {}) as { latitude?: unknown; longitude?: unknown };
  if (typeof latitude !== 'number' || typeof longitude !== 'number') {
    throw new MalformedInputError(`Firestore geoPointValue at ${path} needs numeric latitude and longitude`);
  }
  return { latitude, longitude };
}

function array(value: unknown, path: string): JsonValue[] {
  const values = (value as { values?: unknown } | null)?.values ?? [];
  if (!Array.isArray(values)) throw new MalformedInputError(`Firestore arrayValue at ${path} must hold a values list`);
  return values.map((item, i) => fromFirestoreValue(item, `${path}[${i}]`));
}
