import { event, MalformedInputError, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { EventFailedError } from '../src/errors.js';
import type { EventBridgeEvent } from '../src/event-types.js';
import { fromEventBridgeEvent, invokeEventBridge } from '../src/eventbridge.js';
import { toEventBridgeEvent } from '../src/testing/eventbridge-event.js';
import { eventContext, qtySchema } from './helpers.js';

describe('fromEventBridgeEvent', () => {
  it('maps the envelope to CloudEvents 1.0 (custom-event)', async () => {
    const ev = ownFixture<EventBridgeEvent>('aws/event-eventbridge/custom-event.json');
    expect(await fromEventBridgeEvent(ev)).toEqual({
      specversion: '1.0',
      id: '0d079340-135a-c8c6-95c2-41fb8f496c53',
      source: 'com.example.orders',
      type: 'Order Placed',
      time: '2024-01-13T03:30:12Z',
      subject: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
      datacontenttype: 'application/json',
      data: ev.detail,
    });
  });

  it('no resources: no subject (custom-event-no-resources)', async () => {
    const ev = ownFixture<EventBridgeEvent>('aws/event-eventbridge/custom-event-no-resources.json');
    const ce = await fromEventBridgeEvent(ev);
    expect(ce).not.toHaveProperty('subject');
    expect(ce.type).toBe('Payment Captured');
  });

  it('validates detail with a schema', async () => {
    const ok = toEventBridgeEvent({ specversion: '1.0', id: '1', source: 's', type: 't', data: { qty: 3 } });
    expect((await fromEventBridgeEvent(ok, qtySchema)).data).toEqual({ qty: 3 });
    const bad = { ...ok, detail: { qty: 'three' } };
    await expect(fromEventBridgeEvent(bad, qtySchema)).rejects.toThrow(ValidationError);
  });

  it('an empty id or detail-type is malformed', async () => {
    const ok = toEventBridgeEvent({ specversion: '1.0', id: '1', source: 's', type: 't' });
    await expect(fromEventBridgeEvent({ ...ok, 'detail-type': '' })).rejects.toThrow(MalformedInputError);
  });
});

describe('invokeEventBridge', () => {
  it('a failed handler rejects the invocation', async () => {
    const { ctx } = eventContext();
    const ev = toEventBridgeEvent({ specversion: '1.0', id: 'e', source: 's', type: 't', data: {} });
    await expect(
      invokeEventBridge(
        event(() => Promise.reject(new Error('x'))),
        ev,
        ctx,
      ),
    ).rejects.toThrow(EventFailedError);
  });
});
