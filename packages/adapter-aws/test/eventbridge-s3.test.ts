import { MalformedInputError, storage, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { EventFailedError } from '../src/errors.js';
import type { EventBridgeS3Event } from '../src/event-types.js';
import { fromEventBridgeS3Event, invokeEventBridgeS3 } from '../src/eventbridge-s3.js';
import { toEventBridgeS3Event } from '../src/testing/eventbridge-event.js';
import { eventContext } from './helpers.js';

describe('fromEventBridgeS3Event', () => {
  it('normalizes Object Deleted (eventbridge-object-deleted)', () => {
    const event = ownFixture<EventBridgeS3Event>('aws/storage-s3/eventbridge-object-deleted.json');
    const ev = fromEventBridgeS3Event(event);
    expect(ev).toMatchObject({
      kind: 'deleted',
      bucket: 'amzn-s3-demo-bucket1',
      key: 'example-key',
      etag: 'd41d8cd98f00b204e9800998ecf8427e',
    });
    expect(ev.time.toISOString()).toBe('2024-01-13T03:25:00.000Z');
    expect(ev.raw).toBe(event);
    expect(ev.toCloudEvent()).toMatchObject({ id: event.id, source: 'arn:aws:s3:::amzn-s3-demo-bucket1' });
  });

  it('uses the key as is: EventBridge does not URL-encode it', () => {
    const created = ownFixture<EventBridgeS3Event>('aws/storage-s3/eventbridge-object-created.json');
    expect(fromEventBridgeS3Event(created)).toMatchObject({ kind: 'created', key: 'a b+c.jpg', size: 5 });
    const event = toEventBridgeS3Event({ id: 'e', kind: 'created', bucket: 'b', key: 'a+b %2B c.jpg', size: 3 });
    expect(fromEventBridgeS3Event(event)).toMatchObject({ kind: 'created', key: 'a+b %2B c.jpg', size: 3 });
  });

  it('refuses detail-types that are not object changes; rejects a missing key', () => {
    const event = toEventBridgeS3Event({ id: 'e', kind: 'created', bucket: 'b', key: 'k' });
    expect(() => fromEventBridgeS3Event({ ...event, 'detail-type': 'Object Restore Initiated' })).toThrow(
      UnsupportedEventError,
    );
    const noKey = { ...event, detail: { ...event.detail, object: {} } } as never;
    expect(() => fromEventBridgeS3Event(noKey)).toThrow(MalformedInputError);
  });
});

describe('invokeEventBridgeS3', () => {
  it('a failed handler rejects the invocation', async () => {
    const { ctx } = eventContext();
    const event = toEventBridgeS3Event({ id: 'e1', kind: 'updated', bucket: 'b', key: 'k' });
    const seen: string[] = [];
    await invokeEventBridgeS3(
      storage((ev) => void seen.push(ev.kind)),
      event,
      ctx,
    );
    expect(seen).toEqual(['updated']);
    await expect(
      invokeEventBridgeS3(
        storage(() => Promise.reject(new Error('x'))),
        event,
        ctx,
      ),
    ).rejects.toThrow(EventFailedError);
  });
});

describe('hostile events found by the fuzz suite (test/fuzz)', () => {
  it('a detail-type or time that is an object is a typed error naming it', () => {
    const event = toEventBridgeS3Event({ id: 'e', kind: 'created', bucket: 'b', key: 'k' });
    const trap = JSON.parse('{"toString":1}') as never;
    expect(() => fromEventBridgeS3Event({ ...event, 'detail-type': trap })).toThrow(UnsupportedEventError);
    expect(() => fromEventBridgeS3Event({ ...event, time: trap })).toThrow(/time \{"toString":1\} is not a date/);
  });
});
