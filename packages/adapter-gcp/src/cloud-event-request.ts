import { UnrecognizedEventError } from '@faasport/core';
import { isTextContentType } from '@faasport/core/adapter';
import { kindOf } from './cloud-event-data.js';
import { isBinaryCloudEventRequest, isGcpCloudEvent, isStructuredCloudEventRequest } from './detect.js';
import type { CloudFunctionRequest, GcpCloudEvent } from './types.js';

const JSON_TYPE = /[/+]json\b/i;
const CE_PREFIX = 'ce-';

/**
 * Reads a CloudEvent from an HTTP request that reached an HTTP-signature function
 * (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/http-protocol-binding.md):
 * binary mode → attributes from the `ce-*` headers, `datacontenttype` from `Content-Type`, data
 * parsed JSON for a JSON type, text for a text type (FF's own CloudEvent path fails on these), bytes
 * otherwise; structured mode → the JSON body. `traceparent` is copied as FF does. Returns
 * `undefined` when the request carries no CloudEvent; a structured body that is not a CloudEvent is
 * an `UnrecognizedEventError`.
 *
 * @example
 * const ce = fromCloudEventRequest(req)
 */
export function fromCloudEventRequest(req: CloudFunctionRequest): GcpCloudEvent | undefined {
  if (isBinaryCloudEventRequest(req.headers)) return fromBinary(req);
  if (!isStructuredCloudEventRequest(req.headers)) return undefined;
  const body = req.body;
  if (!isGcpCloudEvent(body)) {
    throw new UnrecognizedEventError(
      'gcp',
      `structured CloudEvent body is ${kindOf(body)} without specversion 1.0, id, source and type`,
    );
  }
  const traceparent = req.headers.traceparent;
  return typeof traceparent === 'string' ? { ...body, traceparent } : body;
}

function fromBinary(req: CloudFunctionRequest): GcpCloudEvent {
  const ce: Record<string, unknown> = {};
  const headers = req.headers;
  for (const name in headers) {
    if (!name.startsWith(CE_PREFIX)) continue;
    const value = headers[name];
    ce[name.slice(CE_PREFIX.length)] = Array.isArray(value) ? value.join(',') : value;
  }
  const contentType = headers['content-type'];
  if (contentType !== undefined) ce.datacontenttype = contentType;
  const data = dataOf(req, contentType);
  if (data !== undefined) ce.data = data;
  if (typeof headers.traceparent === 'string') ce.traceparent = headers.traceparent;
  return ce as unknown as GcpCloudEvent;
}

function dataOf(req: CloudFunctionRequest, contentType: string | undefined): unknown {
  const bytes = req.rawBody;
  if (bytes === undefined || bytes.byteLength === 0) return undefined;
  // FF's JSON parser already ran (and answered 400 for bad JSON); reuse its result.
  if (contentType !== undefined && JSON_TYPE.test(contentType) && typeof req.body === 'object') return req.body;
  return isTextContentType(contentType) ? bytes.toString('utf8') : bytes;
}
