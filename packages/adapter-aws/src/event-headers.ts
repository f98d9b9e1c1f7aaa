import { MalformedInputError } from '@faasport/core';
import { toByteString } from '@faasport/core/adapter';
import type { MultiValueMap, StringMap } from './types.js';

// https://fetch.spec.whatwg.org/#concept-header: a name is a token; a value has no CR, LF or NUL.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_HEADER_VALUE = /[\r\n\0]/;

/** Header maps of an event, as Lambda delivers them (either may be absent). */
export interface EventHeaders {
  readonly headers?: StringMap | null;
  readonly multiValueHeaders?: MultiValueMap | null;
}

/** Case-insensitive lookup of one header straight from the event, without building `Headers`. */
export interface HeaderLookup {
  get(name: string): string | null;
}

// Checked up front so an event with a bad header is a 400 whether or not the handler reads headers.
export function checkHeaderMap(map: StringMap | MultiValueMap | null | undefined, shape: string): void {
  if (!map || typeof map !== 'object') return;
  for (const name of Object.keys(map)) {
    const value = map[name];
    const bad = !HEADER_NAME.test(name) || (Array.isArray(value) ? value.some(isBadValue) : isBadValue(value));
    if (bad) throw new MalformedInputError(`${shape} event: header ${JSON.stringify(name)} is not a valid HTTP header`);
  }
}

// Lambda sends strings; an object (or an array in a single-value map) is no header value at all.
function isBadValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return typeof value === 'object' || BAD_HEADER_VALUE.test(String(value));
}

// Lookups also run on events whose headers failed the check (for the trace of a 400): never throw.
function textOf(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'object') return null;
  return String(value);
}

/**
 * Reads headers straight from an event's `headers` / `multiValueHeaders`, case-insensitively.
 *
 * @example
 * eventHeaderLookup(event).get('x-amzn-trace-id')
 */
export function eventHeaderLookup(event: EventHeaders): HeaderLookup {
  return {
    get(name: string): string | null {
      const multi = event.multiValueHeaders;
      const fromMulti = multi && typeof multi === 'object' ? findKey(multi, name) : undefined;
      if (fromMulti !== undefined) {
        const values = multi?.[fromMulti];
        return Array.isArray(values) && values.length > 0 ? textOf(values[0]) : null;
      }
      const single = event.headers;
      const key = single && typeof single === 'object' ? findKey(single, name) : undefined;
      const value = key === undefined ? undefined : single?.[key];
      return textOf(value);
    },
  };
}

function findKey(map: object, lowerName: string): string | undefined {
  if (Object.hasOwn(map, lowerName)) return lowerName;
  for (const key of Object.keys(map)) {
    if (key.length === lowerName.length && key.toLowerCase() === lowerName) return key;
  }
  return undefined;
}

export function toHeaders(single: StringMap | null | undefined, multi: MultiValueMap | null | undefined): Headers {
  const headers = new Headers();
  if (multi && typeof multi === 'object') {
    for (const name of Object.keys(multi)) appendAll(headers, name, multi[name]);
  } else if (single && typeof single === 'object') {
    for (const name of Object.keys(single)) {
      const value = single[name];
      if (value !== undefined && value !== null) headers.append(name, toByteString(String(value)));
    }
  }
  return headers;
}

function appendAll(headers: Headers, name: string, values: string[] | undefined): void {
  if (!Array.isArray(values)) return;
  // Several Cookie lines are one cookie list: `; ` joins them, `, ` (what append does) would not.
  if (values.length > 1 && name.toLowerCase() === 'cookie') {
    headers.append(name, toByteString(values.join('; ')));
    return;
  }
  for (const value of values) headers.append(name, toByteString(String(value)));
}
