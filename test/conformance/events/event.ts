import type { CloudEvent } from '@faasport/core';
import { type EventScenario, FAIL, OrderSchema, recordEvent } from './shared.js';

const cloudEvents = (...list: CloudEvent[]) => ({ kind: 'event' as const, events: list });
const ce = (id: string, data: unknown, extra: Partial<CloudEvent> = {}): CloudEvent => ({
  specversion: '1.0',
  id,
  source: 'com.example/orders',
  type: 'com.example.order.placed',
  time: '2026-03-01T08:15:30Z',
  datacontenttype: 'application/json',
  data,
  ...extra,
});

const ORDER = { orderId: 42, items: [{ sku: 'A-1', qty: 2 }], customer: { name: 'Zoë', vip: true }, coupon: null };

export const events: EventScenario[] = [
  {
    id: 'event.cloudevent-fields',
    description:
      'a CloudEvent with every core attribute: id, source, type, subject, time and JSON data arrive unchanged',
    kind: 'event',
    input: cloudEvents(ce('e-fields-1', ORDER, { subject: 'orders/42' })),
    define: (observe) => recordEvent(observe),
    expect: {
      seen: {
        'e-fields-1': {
          specversion: '1.0',
          id: 'e-fields-1',
          source: 'com.example/orders',
          type: 'com.example.order.placed',
          subject: 'orders/42',
          time: '2026-03-01T08:15:30Z',
          data: ORDER,
        },
      },
    },
  },
  {
    id: 'event.failure-redelivers',
    description: 'the handler throws for an event: the delivery fails so the platform retries it',
    kind: 'event',
    input: cloudEvents(ce('e-fail-1', { status: FAIL })),
    define: (observe) => recordEvent(observe),
    expect: { seen: { 'e-fail-1': { id: 'e-fail-1' } }, failing: ['e-fail-1'] },
  },
  {
    id: 'event.batch.independent',
    description: 'three events, the middle one fails: only it comes back',
    kind: 'event',
    input: cloudEvents(ce('e-ind-1', { n: 1 }), ce('e-ind-2', { n: 2, status: FAIL }), ce('e-ind-3', { n: 3 })),
    define: (observe) => recordEvent(observe),
    expect: {
      seen: {
        'e-ind-1': { data: { n: 1 } },
        'e-ind-2': { data: { n: 2, status: FAIL } },
        'e-ind-3': { data: { n: 3 } },
      },
      failing: ['e-ind-2'],
    },
  },
  {
    id: 'event.schema.valid',
    description: "an event whose data matches the schema: the handler's data is the schema's output",
    kind: 'event',
    input: cloudEvents(ce('e-schema-1', { sku: 'K-1', qty: 4 })),
    define: (observe) => recordEvent(observe, OrderSchema),
    expect: { seen: { 'e-schema-1': { id: 'e-schema-1', data: { sku: 'K-1', qty: 4, total: 40 } } } },
  },
  {
    id: 'event.schema.mismatch-fails',
    description: 'an event whose data fails the schema never reaches the handler and is delivered again',
    kind: 'event',
    input: cloudEvents(ce('e-mismatch-1', { sku: 'K-1', qty: 0 }), ce('e-mismatch-2', { sku: 'K-2', qty: 1 })),
    define: (observe) => recordEvent(observe, OrderSchema),
    expect: { seen: { 'e-mismatch-2': { id: 'e-mismatch-2' } }, refused: ['e-mismatch-1'] },
  },
  {
    id: 'event.data.text',
    description: 'an event whose data is a plain-text string (text/plain): the handler gets the string',
    kind: 'event',
    input: cloudEvents(ce('e-text-1', 'deploy finished: ok', { datacontenttype: 'text/plain' })),
    define: (observe) => recordEvent(observe),
    expect: { seen: { 'e-text-1': { id: 'e-text-1', data: 'deploy finished: ok' } } },
    limitations: {
      'aws:eventbridge': {
        reason:
          'the detail of an EventBridge event must be a JSON object; a string payload cannot be put on a bus. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html',
        rejects: { name: 'MalformedInputError', message: /must be a JSON object/ },
      },
      'gcp:eventarc': {
        reason:
          "Functions Framework 5.0.5 answers 500 to a binary-mode CloudEvent with a text/plain body before the function runs ('context' in body on a string); the event is retried, never acknowledged. Workaround: signatureType 'http'. https://github.com/GoogleCloudPlatform/functions-framework-nodejs/blob/main/src/middleware/background_event_to_cloud_event.ts",
        refused: ['e-text-1'],
      },
    },
  },
];
