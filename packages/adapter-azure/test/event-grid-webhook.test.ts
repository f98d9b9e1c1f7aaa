import az from '@azure/functions';
import { event, storage, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { toAzureHandler } from '../src/handler.js';
import {
  toEventGridSchema,
  toEventGridWebhookRequest,
  toSubscriptionValidationRequest,
} from '../src/testing/event-grid-triggers.js';
import { createInvocationContext } from '../src/testing/invocation-context.js';
import type { AzureTriggerHandler } from '../src/types.js';

function httpContext() {
  const { context } = createInvocationContext({ functionName: 'events' });
  context.options.trigger = { name: 'req', type: 'httpTrigger' };
  return context;
}

const ce = {
  specversion: '1.0' as const,
  id: 'e1',
  source: '/topics/t',
  type: 'T',
  time: '2026-01-01T00:00:00Z',
  data: { a: 1 },
};

async function post(def: Parameters<typeof toAzureHandler>[0], request: az.HttpRequest) {
  return (await (toAzureHandler(def) as AzureTriggerHandler)(request, httpContext())) as az.HttpResponseInit;
}

describe('Event Grid webhook (httpTrigger)', () => {
  it('answers a real subscription-validation handshake with { validationResponse } and does not run the handler', async () => {
    let ran = false;
    const def = event(() => {
      ran = true;
    });
    const res = await post(def, toSubscriptionValidationRequest('512d38b6-c7b8-40c8-89fe-f46f9e9622b6'));
    expect(res).toEqual({ status: 200, jsonBody: { validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' } });
    expect(ran).toBe(false);
  });

  it('does not answer a look-alike: the validation event type without the header is an ordinary event', async () => {
    const seen: string[] = [];
    const def = event((e) => {
      seen.push(e.type);
    });
    const lookAlike = JSON.parse(await toSubscriptionValidationRequest('code').text());
    const res = await post(def, toEventGridWebhookRequest(lookAlike, 'Notification'));
    expect(res).toEqual({ status: 200 });
    expect(seen).toEqual(['Microsoft.EventGrid.SubscriptionValidationEvent']);
  });

  it('a handshake header without a validation event is a 400, never an answer', async () => {
    const res = await post(
      event(() => {}),
      toEventGridWebhookRequest([toEventGridSchema(ce)], 'SubscriptionValidation'),
    );
    expect(res.status).toBe(400);
    expect(res).not.toHaveProperty('jsonBody');
  });

  it('answers the CloudEvents OPTIONS handshake with WebHook-Allowed-Origin', async () => {
    const request = new az.HttpRequest({
      method: 'OPTIONS',
      url: 'https://x/api/events',
      headers: { 'webhook-request-origin': 'eventgrid.azure.net' },
    });
    const res = await post(
      event(() => {}),
      request,
    );
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ 'webhook-allowed-origin': 'eventgrid.azure.net' });
    const bare = new az.HttpRequest({ method: 'OPTIONS', url: 'https://x/api/events' });
    expect(
      (
        await post(
          event(() => {}),
          bare,
        )
      ).status,
    ).toBe(400);
  });

  it('runs every event of a delivery; any failure answers 500 so Event Grid retries the delivery', async () => {
    const seen: string[] = [];
    const def = topic((msg) => {
      seen.push(msg.id);
      if (msg.id === 'e2') throw new Error('x');
    });
    const events = [
      toEventGridSchema(ce),
      toEventGridSchema({ ...ce, id: 'e2' }),
      toEventGridSchema({ ...ce, id: 'e3' }),
    ];
    expect((await post(def, toEventGridWebhookRequest(events))).status).toBe(500);
    expect(seen).toEqual(['e1', 'e2', 'e3']);
    expect((await post(def, toEventGridWebhookRequest([events[0] as never]))).status).toBe(200);
  });

  it('storage definitions get blob events; a body that is not JSON is a 400', async () => {
    const seen: string[] = [];
    const def = storage((ev) => {
      seen.push(ev.key);
    });
    const blob = {
      ...toEventGridSchema(ce),
      eventType: 'Microsoft.Storage.BlobCreated',
      subject: '/blobServices/default/containers/c/blobs/k.txt',
    };
    expect((await post(def, toEventGridWebhookRequest([blob]))).status).toBe(200);
    expect(seen).toEqual(['k.txt']);
    const garbage = new az.HttpRequest({ method: 'POST', url: 'https://x/api/e', body: { string: 'not json' } });
    expect((await post(def, garbage)).status).toBe(400);
    expect((await post(def, new az.HttpRequest({ method: 'GET', url: 'https://x/api/e' }))).status).toBe(405);
  });
});
