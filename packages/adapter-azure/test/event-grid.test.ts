import { MalformedInputError, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import {
  fromEventGridBlob,
  fromEventGridMessage,
  toCloudEventFromEventGrid,
  toValidatedCloudEvent,
} from '../src/event-grid.js';
import { toEventGridBlobEvent, toEventGridSchema } from '../src/testing/event-grid-triggers.js';
import { qtySchema } from './helpers.js';

const egEvent = {
  id: 'e1',
  topic: '/subscriptions/x/topics/orders',
  subject: 'orders/1',
  eventType: 'Order.Created',
  eventTime: '2026-01-01T00:00:00Z',
  data: { qty: 1 },
  dataVersion: '2.0',
  metadataVersion: '1',
};

describe('toCloudEventFromEventGrid', () => {
  it('converts the Event Grid schema: topic → source, eventType → type, eventTime → time, dataVersion → dataversion', () => {
    expect(toCloudEventFromEventGrid(egEvent)).toEqual({
      specversion: '1.0',
      id: 'e1',
      source: '/subscriptions/x/topics/orders',
      type: 'Order.Created',
      subject: 'orders/1',
      time: '2026-01-01T00:00:00Z',
      datacontenttype: 'application/json',
      data: { qty: 1 },
      dataversion: '2.0',
    });
  });

  it('returns a CloudEvents-schema event as is and rejects anything else', () => {
    const ce = { specversion: '1.0', id: 'c', source: '/s', type: 't' };
    expect(toCloudEventFromEventGrid(ce)).toBe(ce);
    expect(() => toCloudEventFromEventGrid({ id: 'x' })).toThrow(MalformedInputError);
    expect(() => toCloudEventFromEventGrid({ ...egEvent, topic: undefined })).toThrow(/e1: no topic/);
  });

  it('validates data (or the JSON in data_base64) against a schema', async () => {
    expect((await toValidatedCloudEvent(egEvent, qtySchema)).data).toEqual({ qty: 1 });
    await expect(toValidatedCloudEvent({ ...egEvent, data: { qty: 'x' } }, qtySchema)).rejects.toThrow(
      /event e1 failed/,
    );
    const b64 = {
      specversion: '1.0',
      id: 'c',
      source: '/s',
      type: 't',
      data_base64: Buffer.from('{"qty":3}').toString('base64'),
    };
    expect((await toValidatedCloudEvent(b64, qtySchema)).data).toEqual({ qty: 3 });
    await expect(toValidatedCloudEvent({ ...b64, data_base64: '!!!' }, qtySchema)).rejects.toThrow(/not valid base64/);
  });
});

describe('fromEventGridBlob', () => {
  it.each([false, true])('maps BlobCreated (cloudEvents schema: %s) to a created StorageEvent', (cloudEvents) => {
    const event = toEventGridBlobEvent(
      {
        id: 'b1',
        kind: 'created',
        bucket: 'pics',
        key: 'a/b c.png',
        size: 10,
        etag: '"0x1"',
        contentType: 'image/png',
      },
      cloudEvents,
    );
    const ev = fromEventGridBlob(event, { trigger: event });
    expect(ev).toMatchObject({
      kind: 'created',
      bucket: 'pics',
      key: 'a/b c.png',
      size: 10,
      etag: '0x1',
      contentType: 'image/png',
    });
    expect(ev.raw.trigger).toBe(event);
    expect(ev.toCloudEvent()).toMatchObject({ id: 'b1', type: 'Microsoft.Storage.BlobCreated' });
  });

  it('maps BlobDeleted, accepts a subject without its leading slash, and refuses other event types', () => {
    const deleted = toEventGridBlobEvent({ id: 'b2', kind: 'deleted', bucket: 'c', key: 'k' }, true) as Record<
      string,
      unknown
    >;
    expect(fromEventGridBlob(deleted, {}).kind).toBe('deleted');
    const noSlash = { ...deleted, subject: 'blobServices/default/containers/c/blobs/k2' };
    expect(fromEventGridBlob(noSlash, {}).key).toBe('k2');
    expect(() => fromEventGridBlob(egEvent, {})).toThrow(UnsupportedEventError);
    expect(() => fromEventGridBlob({ ...deleted, subject: '/nope' }, {})).toThrow(/names no blob/);
  });
});

describe('fromEventGridMessage', () => {
  it('body = data as JSON (bytes for data_base64), attributes type and subject, deliveryCount 1', async () => {
    const msg = await fromEventGridMessage(egEvent, { trigger: egEvent });
    expect(msg.text()).toBe('{"qty":1}');
    expect(msg).toMatchObject({ id: 'e1', deliveryCount: 1, source: '/subscriptions/x/topics/orders' });
    expect(msg.attributes).toEqual({ type: 'Order.Created', subject: 'orders/1' });
    const ce = toEventGridSchema({ specversion: '1.0', id: 'x', source: '/s', type: 't' });
    expect((await fromEventGridMessage(ce, {})).text()).toBe('null');
    const bytes = { specversion: '1.0', id: 'y', source: '/s', type: 't', data_base64: 'AAEC' };
    expect([...(await fromEventGridMessage(bytes, {})).body]).toEqual([0, 1, 2]);
    await expect(fromEventGridMessage({ ...bytes, data_base64: 'A' }, {})).rejects.toThrow(/y: data_base64/);
  });
});

describe('hostile CloudEvents found by the fuzz suite (test/fuzz)', () => {
  const blobCreated = {
    specversion: '1.0',
    id: 'c1',
    source: '/subscriptions/x/storageAccounts/a',
    type: 'Microsoft.Storage.BlobCreated',
    time: '2026-01-01T00:00:00Z',
    subject: JSON.parse('{"toString":1}') as unknown,
    data: {},
  };

  it('a CloudEvents-schema subject that is not a string names no blob: MalformedInputError, not a TypeError', () => {
    expect(() => fromEventGridBlob(blobCreated, {})).toThrow(MalformedInputError);
    expect(() => fromEventGridBlob(blobCreated, {})).toThrow(/names no blob/);
  });

  it('a subject that is not a string is not copied into the string attributes', async () => {
    const msg = await fromEventGridMessage({ ...blobCreated, subject: 5 }, {});
    expect(msg.attributes).toEqual({ type: 'Microsoft.Storage.BlobCreated' });
  });
});
