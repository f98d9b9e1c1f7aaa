import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { isEventBridgeEvent, isEventBridgeS3Event, isScheduledEvent } from '../../src/detect.js';
import { toEventBridgeEvent, toEventBridgeS3Event, toScheduledEvent } from '../../src/testing/eventbridge-event.js';

describe('toEventBridgeEvent', () => {
  it('maps a CloudEvent to the envelope: detail-type = type, resources = [subject], detail = data', () => {
    const event = toEventBridgeEvent({
      specversion: '1.0',
      id: 'e1',
      source: 'shop',
      type: 'OrderPlaced',
      time: '2026-01-01T00:00:00Z',
      subject: 'order/7',
      data: { id: 7 },
    });
    expect(isEventBridgeEvent(event)).toBe(true);
    expect(event).toMatchObject({
      id: 'e1',
      source: 'shop',
      'detail-type': 'OrderPlaced',
      time: '2026-01-01T00:00:00Z',
      resources: ['order/7'],
      detail: { id: 7 },
    });
  });

  it('refuses data that is not a JSON object (EventBridge detail must be one)', () => {
    expect(() => toEventBridgeEvent({ specversion: '1.0', id: 'e', source: 's', type: 't', data: 'text' })).toThrow(
      MalformedInputError,
    );
  });
});

describe('toScheduledEvent / toEventBridgeS3Event', () => {
  it('a scheduled event at the given second from aws.events', () => {
    const event = toScheduledEvent(new Date('2026-01-01T03:00:00.900Z'));
    expect(isScheduledEvent(event)).toBe(true);
    expect(event.time).toBe('2026-01-01T03:00:00Z');
    expect(event.resources).toEqual(['arn:aws:events:us-east-1:123456789012:rule/faasport-schedule']);
  });

  it('an S3 event through EventBridge with the key not encoded', () => {
    const event = toEventBridgeS3Event({ id: 'e', kind: 'deleted', bucket: 'b', key: 'a b+c', etag: 'x' });
    expect(isEventBridgeS3Event(event)).toBe(true);
    expect(event['detail-type']).toBe('Object Deleted');
    expect(event.detail.object).toMatchObject({ key: 'a b+c', etag: 'x' });
  });
});
