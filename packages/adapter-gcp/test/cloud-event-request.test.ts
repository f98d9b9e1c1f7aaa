import { UnrecognizedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromCloudEventRequest } from '../src/cloud-event-request.js';
import type { CloudFunctionRequest } from '../src/types.js';

function req(headers: Record<string, string>, rawBody?: string | Buffer, body?: unknown): CloudFunctionRequest {
  const bytes = typeof rawBody === 'string' ? Buffer.from(rawBody) : rawBody;
  return { headers, rawBody: bytes, body } as unknown as CloudFunctionRequest;
}
const binary = {
  'ce-specversion': '1.0',
  'ce-id': '1',
  'ce-type': 'com.example.thing',
  'ce-source': '/x',
  'ce-myext': 'v',
};

describe('fromCloudEventRequest', () => {
  it('binary mode: attributes from ce-* headers, datacontenttype, JSON data as FF parsed it, traceparent', () => {
    const ce = fromCloudEventRequest(
      req({ ...binary, 'content-type': 'application/json', traceparent: '00-a-b-01' }, '{"a":1}', { a: 1 }),
    );
    expect(ce).toEqual({
      specversion: '1.0',
      id: '1',
      type: 'com.example.thing',
      source: '/x',
      myext: 'v',
      datacontenttype: 'application/json',
      data: { a: 1 },
      traceparent: '00-a-b-01',
    });
  });

  it('binary mode: a text body is a string (where FF`s own path fails), other types stay bytes, no body no data', () => {
    expect(fromCloudEventRequest(req({ ...binary, 'content-type': 'text/plain' }, 'hello', 'hello'))?.data).toBe(
      'hello',
    );
    const bytes = fromCloudEventRequest(
      req({ ...binary, 'content-type': 'application/protobuf' }, Buffer.from([1, 2])),
    )?.data;
    expect([...(bytes as Buffer)]).toEqual([1, 2]);
    expect(fromCloudEventRequest(req(binary))).not.toHaveProperty('data');
  });

  it('structured mode: the body is the event; a body that is not one is an UnrecognizedEventError', () => {
    const event = { specversion: '1.0', id: '2', type: 't', source: 's', data: 1 };
    expect(fromCloudEventRequest(req({ 'content-type': 'application/cloudevents+json' }, '', event))).toBe(event);
    expect(() => fromCloudEventRequest(req({ 'content-type': 'application/cloudevents+json' }, '', { id: 1 }))).toThrow(
      UnrecognizedEventError,
    );
  });

  it('no CloudEvent at all → undefined', () => {
    expect(fromCloudEventRequest(req({ 'content-type': 'application/json' }, '{}', {}))).toBeUndefined();
  });
});
