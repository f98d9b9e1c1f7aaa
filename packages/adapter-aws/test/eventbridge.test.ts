import { event, MalformedInputError, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { EventFailedError } from '../src/errors.js';
import type { EventBridgeEvent } from '../src/event-types.js';
import { fromEventBridgeEvent, invokeEventBridge } from '../src/eventbridge.js';
import { toEventBridgeEvent } from '../src/testing/eventbridge-event.js';
import { awsFixture, eventContext, qtySchema } from './helpers.js';

describe('fromEventBridgeEvent', () => {
  it('maps the envelope to CloudEvents 1.0 (powertools-ts-eventbridge-custom)', async () => {
    const ev = awsFixture<EventBridgeEvent>('event-eventbridge/powertools-ts-eventbridge-custom.json');
    expect(await fromEventBridgeEvent(ev)).toEqual({
      specversion: '1.0',
      id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
      source: 'OrderService',
      type: 'OrderPurchased',
      time: '2020-10-22T18:43:48Z',
      subject: 'some_additional',
      datacontenttype: 'application/json',
      data: ev.detail,
    });
  });

  it('no resources: no subject (powertools-py-eventbridge-custom)', async () => {
    const ev = awsFixture<EventBridgeEvent>('event-eventbridge/powertools-py-eventbridge-custom.json');
    const ce = await fromEventBridgeEvent(ev);
    expect(ce).not.toHaveProperty('subject');
    expect(ce.type).toBe('PaymentCreated');
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
