// The Azure Event Grid webhook answers `validationResponse` only for a real handshake: the
// `aeg-event-type: SubscriptionValidation` header AND exactly one SubscriptionValidationEvent whose
// validationCode is a non-empty string (issue 7, item 6). The real handshake is the project's own fixture, written from
// https://learn.microsoft.com/azure/event-grid/webhook-event-delivery (test/fixtures/azure/SOURCES.md).
import az from '@azure/functions';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import { type CloudEvent, event } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../helpers/fixtures.js';

interface Capture {
  headers: Record<string, string>;
  body: Record<string, unknown>[];
  expectedResponse: { status: number; body: { validationResponse: string } };
}

const real = ownFixture<Capture>('azure/event-event-grid/subscription-validation.json');
const validation = real.body[0] as Record<string, unknown>;
const CODE = (validation.data as { validationCode: string }).validationCode;

async function deliver(body: unknown, eventType: string | undefined) {
  const seen: CloudEvent[] = [];
  const { context, logs } = createInvocationContext({ functionName: 'events' });
  context.options.trigger = { name: 'req', type: 'httpTrigger' };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (eventType !== undefined) headers['aeg-event-type'] = eventType;
  const request = new az.HttpRequest({
    method: 'POST',
    url: 'https://app.azurewebsites.net/api/events',
    headers,
    body: { string: JSON.stringify(body) },
  });
  const handler = toAzureHandler(event((ce) => void seen.push(ce))) as (
    r: az.HttpRequest,
    c: az.InvocationContext,
  ) => Promise<az.HttpResponseInit>;
  const res = await handler(request, context);
  return { res, seen, logs };
}

function withCode(code: unknown): Record<string, unknown> {
  return { ...validation, data: { ...(validation.data as object), validationCode: code } };
}

describe('Event Grid validation handshake', () => {
  it('answers the real handshake (own fixture) with its code and runs no handler', async () => {
    const { res, seen } = await deliver(real.body, real.headers['aeg-event-type']);
    expect(res).toEqual({ status: 200, jsonBody: { validationResponse: CODE } });
    expect(res).toEqual({ status: real.expectedResponse.status, jsonBody: real.expectedResponse.body });
    expect(seen).toEqual([]);
  });

  it.each([
    ['two validation events', [validation, { ...validation, id: 'second' }]],
    [
      'a validation event next to an ordinary one',
      [validation, { ...validation, eventType: 'Contoso.Items.ItemSold' }],
    ],
    ['a numeric validationCode', [withCode(12345)]],
    ['an object validationCode', [withCode({ code: CODE })]],
    ['an empty validationCode', [withCode('')]],
    ['no data', [{ ...validation, data: null }]],
    ['the event not in an array', validation],
    ['an empty array', []],
    [
      'a CloudEvent instead of an Event Grid event',
      [{ specversion: '1.0', id: '1', source: '/s', type: validation.eventType, data: validation.data }],
    ],
  ])('header with %s: 400, never a validationResponse, no handler', async (_name, body) => {
    const { res, seen } = await deliver(body, 'SubscriptionValidation');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res)).not.toContain('validationResponse');
    expect(seen).toEqual([]);
  });

  it.each([
    ['no aeg-event-type header', undefined],
    ['aeg-event-type: Notification', 'Notification'],
    ['a look-alike header value', 'SubscriptionValidationX'],
  ])('the real handshake body with %s is an ordinary event, never answered', async (_name, header) => {
    const { res, seen } = await deliver(real.body, header);
    expect(JSON.stringify(res)).not.toContain('validationResponse');
    expect(JSON.stringify(res)).not.toContain(CODE);
    expect(res.status).toBe(200);
    expect(seen.map((ce) => ce.type)).toEqual(['Microsoft.EventGrid.SubscriptionValidationEvent']);
  });
});
