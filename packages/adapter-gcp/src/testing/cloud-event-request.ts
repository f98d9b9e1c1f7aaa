import type { CloudEvent } from '@faasport/core';
import { decodeBase64 } from '@faasport/core/adapter';

const ATTRIBUTES_IN_BODY = new Set(['data', 'data_base64', 'datacontenttype', 'traceparent', 'tracestate']);

/**
 * Builds the POST that delivers a CloudEvent in binary mode, as Eventarc does: every context
 * attribute as a `ce-*` header, `datacontenttype` as `Content-Type`, the data as the body (objects as
 * JSON, strings as they are, bytes and `data_base64` as bytes), `traceparent`/`tracestate` as their
 * own headers (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/http-protocol-binding.md#31-binary-content-mode).
 *
 * @example
 * const res = await transport.fetch(toBinaryCloudEventRequest(toPubSubCloudEvent({ id: '1', body: 'hi' })))
 */
export function toBinaryCloudEventRequest(ce: CloudEvent, url = 'http://localhost/'): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ce)) {
    if (ATTRIBUTES_IN_BODY.has(name) || value === undefined) continue;
    headers.set(`ce-${name}`, String(value));
  }
  for (const name of ['traceparent', 'tracestate'] as const) {
    if (typeof ce[name] === 'string') headers.set(name, ce[name] as string);
  }
  const body = bodyOf(ce);
  const contentType = ce.datacontenttype ?? (isJsonData(ce.data) ? 'application/json' : undefined);
  if (contentType !== undefined && body !== undefined) headers.set('content-type', contentType);
  return new Request(url, { method: 'POST', headers, ...(body === undefined ? {} : { body }) });
}

/**
 * Builds the POST that delivers a CloudEvent in structured mode: the whole event as JSON with
 * `Content-Type: application/cloudevents+json` (bytes data travels as `data_base64`).
 *
 * @example
 * const res = await transport.fetch(toStructuredCloudEventRequest(ce))
 */
export function toStructuredCloudEventRequest(ce: CloudEvent, url = 'http://localhost/'): Request {
  const { data, ...attributes } = ce;
  const event = data instanceof Uint8Array ? { ...attributes, data_base64: Buffer.from(data).toString('base64') } : ce;
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
    body: JSON.stringify(event),
  });
}

function bodyOf(ce: CloudEvent): BodyInit | undefined {
  const data = ce.data;
  if (data === undefined) {
    return typeof ce.data_base64 === 'string' ? (decodeBase64(ce.data_base64) as Uint8Array<ArrayBuffer>) : undefined;
  }
  if (data instanceof Uint8Array) return data as Uint8Array<ArrayBuffer>;
  return typeof data === 'string' ? data : JSON.stringify(data);
}

function isJsonData(data: unknown): boolean {
  return data !== undefined && typeof data !== 'string' && !(data instanceof Uint8Array);
}
