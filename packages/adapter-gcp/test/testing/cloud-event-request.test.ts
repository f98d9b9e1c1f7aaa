import type { CloudEvent } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { toBinaryCloudEventRequest, toStructuredCloudEventRequest } from '../../src/testing/cloud-event-request.js';

const ce: CloudEvent = {
  specversion: '1.0',
  id: '1',
  source: '/s',
  type: 'com.example',
  subject: 'sub',
  time: '2024-05-01T00:00:00Z',
  myext: 'v',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  data: { a: 1 },
};

describe('toBinaryCloudEventRequest', () => {
  it('puts attributes in ce-* headers, traceparent in its own header, JSON data in the body', async () => {
    const req = toBinaryCloudEventRequest(ce, 'http://f.example/');
    expect(req.method).toBe('POST');
    expect(Object.fromEntries(req.headers)).toEqual({
      'ce-specversion': '1.0',
      'ce-id': '1',
      'ce-source': '/s',
      'ce-type': 'com.example',
      'ce-subject': 'sub',
      'ce-time': '2024-05-01T00:00:00Z',
      'ce-myext': 'v',
      traceparent: ce.traceparent,
      'content-type': 'application/json',
    });
    expect(await req.json()).toEqual({ a: 1 });
  });

  it('sends strings as they are under their datacontenttype, and data_base64 as bytes', async () => {
    const text = toBinaryCloudEventRequest({ ...ce, datacontenttype: 'text/plain', data: 'hi' });
    expect(text.headers.get('content-type')).toBe('text/plain');
    expect(await text.text()).toBe('hi');
    const { data: _d, ...noData } = ce;
    const bytes = toBinaryCloudEventRequest({
      ...noData,
      datacontenttype: 'application/octet-stream',
      data_base64: 'AAH/',
    });
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([0, 1, 255]);
    expect(bytes.headers.has('ce-data_base64')).toBe(false);
  });
});

describe('toStructuredCloudEventRequest', () => {
  it('sends the whole event as application/cloudevents+json, bytes as data_base64', async () => {
    const req = toStructuredCloudEventRequest(ce);
    expect(req.headers.get('content-type')).toBe('application/cloudevents+json; charset=utf-8');
    expect(await req.json()).toEqual(ce);
    const bytes = await toStructuredCloudEventRequest({ ...ce, data: new Uint8Array([1, 2]) }).json();
    expect(bytes.data_base64).toBe('AQI=');
    expect(bytes).not.toHaveProperty('data');
  });
});
