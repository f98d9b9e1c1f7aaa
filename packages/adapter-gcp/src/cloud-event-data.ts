import { MalformedInputError } from '@faasport/core';
import { decodeBase64 } from '@faasport/core/adapter';
import type { GcpCloudEvent } from './types.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The `data` of a Google CloudEvent as a JSON object, whatever way it travelled: already parsed by
 * FF (JSON body), a string (text body), bytes (any other content type) or `data_base64`
 * (structured mode). Anything that is not a JSON object is a `MalformedInputError` naming the event.
 *
 * @example
 * const { message, subscription } = jsonDataOf(ce)
 */
export function jsonDataOf(ce: GcpCloudEvent): Record<string, unknown> {
  const value = jsonValueOf(ce);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedInputError(`${describe(ce)}: data must be a JSON object, got ${kindOf(value)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * The `data` of a CloudEvent as a JSON value: as FF parsed it, or parsed here from a string, bytes
 * or `data_base64`; `MalformedInputError` when it is not JSON.
 *
 * @example
 * await validate(schema, jsonValueOf(ce), 'event data')
 */
export function jsonValueOf(ce: GcpCloudEvent): unknown {
  const data = ce.data;
  if (data instanceof Uint8Array) return parseText(ce, utf8(ce, data));
  if (typeof data === 'string') return parseText(ce, data);
  if (data === undefined && typeof ce.data_base64 === 'string') {
    return parseText(ce, utf8(ce, decodeBase64(ce.data_base64, `${describe(ce)}: data_base64`)));
  }
  return data;
}

function utf8(ce: GcpCloudEvent, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new MalformedInputError(`${describe(ce)}: data is not UTF-8 text`, { cause });
  }
}

function parseText(ce: GcpCloudEvent, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new MalformedInputError(`${describe(ce)}: data is not valid JSON`, { cause });
  }
}

/**
 * A short name of a CloudEvent for error messages: its type and id.
 *
 * @example
 * describe(ce) // "CloudEvent google.cloud.storage.object.v1.finalized (id 123)"
 */
export function describe(ce: GcpCloudEvent): string {
  return `CloudEvent ${ce.type} (id ${ce.id})`;
}

/**
 * What kind of JSON-ish value this is, for error messages.
 *
 * @example
 * kindOf([]) // 'an array'
 */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Parses a timestamp field into a `Date`, or throws `MalformedInputError` naming the field.
 *
 * @example
 * timeOf('2020-09-29T11:32:00.123Z', 'publishTime')
 */
export function timeOf(value: unknown, what: string): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new MalformedInputError(`${what} must be an RFC 3339 timestamp, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return date;
}
