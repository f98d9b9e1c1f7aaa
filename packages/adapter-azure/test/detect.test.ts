import az from '@azure/functions';
import { describe, expect, it } from 'vitest';
import {
  isBatchTrigger,
  isCloudEventsSchemaEvent,
  isEventGridSchemaEvent,
  sourceOf,
  validationCodeOf,
} from '../src/detect.js';

function contextWith(trigger: Record<string, unknown>) {
  return new az.InvocationContext({ options: { trigger: { name: 't', type: 'x', ...trigger } } });
}

describe('sourceOf', () => {
  it.each([
    ['queueTrigger', 'storage-queue'],
    ['serviceBusTrigger', 'service-bus'],
    ['eventGridTrigger', 'event-grid'],
    ['timerTrigger', 'timer'],
    ['blobTrigger', 'blob'],
    ['eventHubTrigger', 'event-hubs'],
    ['cosmosDBTrigger', 'cosmos-db'],
    ['httpTrigger', 'http'],
    ['EVENTHUBTRIGGER', 'event-hubs'],
  ])('%s → %s', (type, source) => {
    expect(sourceOf(contextWith({ type }))).toBe(source);
  });

  it('knows no other trigger type (look-alikes included)', () => {
    for (const type of ['sqlTrigger', 'queue', 'serviceBus', 'unknown', 'blobTriggerX'])
      expect(sourceOf(contextWith({ type }))).toBeUndefined();
    expect(sourceOf(new az.InvocationContext())).toBeUndefined();
  });
});

describe('isBatchTrigger', () => {
  it("is true only for cardinality 'many', never from the input's shape", () => {
    expect(isBatchTrigger(contextWith({ type: 'eventHubTrigger', cardinality: 'many' }))).toBe(true);
    expect(isBatchTrigger(contextWith({ type: 'eventHubTrigger', cardinality: 'Many' }))).toBe(true);
    expect(isBatchTrigger(contextWith({ type: 'serviceBusTrigger', cardinality: 'one' }))).toBe(false);
    expect(isBatchTrigger(contextWith({ type: 'serviceBusTrigger' }))).toBe(false);
  });
});

describe('Event Grid schema predicates', () => {
  const eg = { id: '1', eventType: 'T', eventTime: '2020-01-01T00:00:00Z', subject: '', topic: '/t' };
  const ce = { specversion: '1.0', id: '1', source: '/s', type: 'T' };

  it('isEventGridSchemaEvent accepts the EG schema and rejects a CloudEvent, partial events and non-objects', () => {
    expect(isEventGridSchemaEvent(eg)).toBe(true);
    expect(isEventGridSchemaEvent(ce)).toBe(false);
    expect(isEventGridSchemaEvent({ ...eg, specversion: '1.0' })).toBe(false);
    expect(isEventGridSchemaEvent({ id: '1', eventType: 'T' })).toBe(false);
    expect(isEventGridSchemaEvent([eg])).toBe(false);
    expect(isEventGridSchemaEvent(null)).toBe(false);
  });

  it('isCloudEventsSchemaEvent accepts CloudEvents 1.0 only', () => {
    expect(isCloudEventsSchemaEvent(ce)).toBe(true);
    expect(isCloudEventsSchemaEvent(eg)).toBe(false);
    expect(isCloudEventsSchemaEvent({ ...ce, specversion: '0.3' })).toBe(false);
  });
});

describe('validationCodeOf', () => {
  const validation = [
    {
      id: '1',
      topic: '/t',
      subject: '',
      eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
      eventTime: '2018-01-25T22:12:19Z',
      data: { validationCode: 'abc' },
    },
  ];

  it('returns the code of a real handshake only', () => {
    expect(validationCodeOf('SubscriptionValidation', validation)).toBe('abc');
    expect(validationCodeOf('subscriptionvalidation', validation)).toBe('abc');
  });

  it('rejects the look-alikes: no header, another header, two events, no code, another type', () => {
    expect(validationCodeOf(null, validation)).toBeUndefined();
    expect(validationCodeOf('Notification', validation)).toBeUndefined();
    expect(validationCodeOf('SubscriptionValidation', [...validation, ...validation])).toBeUndefined();
    expect(validationCodeOf('SubscriptionValidation', [{ ...validation[0], data: {} }])).toBeUndefined();
    expect(validationCodeOf('SubscriptionValidation', [{ ...validation[0], eventType: 'Other' }])).toBeUndefined();
    expect(validationCodeOf('SubscriptionValidation', validation[0])).toBeUndefined();
  });
});
