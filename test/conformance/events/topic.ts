import type { MessageInput } from '@faasport/core/adapter';
import { b64, type EventScenario, FAIL, OrderSchema, recordTopic, T0 } from './shared.js';

const messages = (...list: MessageInput[]) => ({ kind: 'message' as const, messages: list });
const msg = (id: string, body: string | Uint8Array, extra: Partial<MessageInput> = {}): MessageInput => ({
  id,
  body,
  publishedAt: T0,
  ...extra,
});

const READING = '{"sensor":"s-1","celsius":21.5}';
const BINARY = new Uint8Array(Array.from({ length: 256 }, (_, i) => 255 - i));

export const SNS_TEXT_ONLY =
  'an SNS message is a UTF-8 string; binary payloads must be base64-encoded by the publisher. https://docs.aws.amazon.com/sns/latest/api/API_Publish.html';
const EVENT_GRID_NO_ATTRIBUTES =
  "an Event Grid event has no application properties: a topic message through Event Grid carries its body only, and the adapter's attributes are the event's type (and subject). https://learn.microsoft.com/azure/event-grid/cloud-event-schema";
const NO_COUNT = (what: string, url: string) => ({
  reason: `${what} does not tell the function how often it delivered an event: deliveryCount is 1. ${url}`,
  seen: { 't-count-1': { deliveryCount: 1 } },
});

export const topics: EventScenario[] = [
  {
    id: 'topic.single.json',
    description: 'one JSON notification: id, text, parsed data, bytes, publish time kept',
    kind: 'topic',
    input: messages(msg('t-single-1', READING)),
    define: (observe) => recordTopic(observe),
    expect: {
      seen: {
        't-single-1': {
          id: 't-single-1',
          text: READING,
          body: b64(READING),
          data: { sensor: 's-1', celsius: 21.5 },
          publishedAt: T0.toISOString(),
          cloudEvent: { id: 't-single-1' },
        },
      },
    },
  },
  {
    id: 'topic.single.failure-redelivers',
    description: 'the handler throws for a notification: the invocation fails and the platform delivers it again',
    kind: 'topic',
    input: messages(msg('t-fail-1', `${FAIL}: reading out of range`)),
    define: (observe) => recordTopic(observe),
    expect: { seen: { 't-fail-1': { id: 't-fail-1' } }, failing: ['t-fail-1'] },
  },
  {
    id: 'topic.batch.independent',
    description: 'three notifications, the middle one fails: each is its own delivery, only the failed one comes back',
    kind: 'topic',
    input: messages(msg('t-ind-1', 'first'), msg('t-ind-2', `second ${FAIL}`), msg('t-ind-3', 'third')),
    define: (observe) => recordTopic(observe),
    expect: {
      seen: {
        't-ind-1': { id: 't-ind-1', text: 'first' },
        't-ind-2': { id: 't-ind-2', text: `second ${FAIL}` },
        't-ind-3': { id: 't-ind-3', text: 'third' },
      },
      failing: ['t-ind-2'],
    },
  },
  {
    id: 'topic.attributes',
    description: 'message attributes of a notification reach the handler unchanged',
    kind: 'topic',
    input: messages(msg('t-attr-1', 'alert', { attributes: { severity: 'high', region: 'eu-west' } })),
    define: (observe) => recordTopic(observe),
    expect: { seen: { 't-attr-1': { id: 't-attr-1', attributes: { severity: 'high', region: 'eu-west' } } } },
    limitations: {
      'azure:event-grid': {
        reason: EVENT_GRID_NO_ATTRIBUTES,
        seen: { 't-attr-1': { attributes: { type: 'faasport.message' } } },
      },
    },
  },
  {
    id: 'topic.delivery-count',
    description: 'a notification delivered for the third time: deliveryCount is 3',
    kind: 'topic',
    input: messages(msg('t-count-1', 'again', { deliveryCount: 3 })),
    define: (observe) => recordTopic(observe),
    expect: { seen: { 't-count-1': { id: 't-count-1', deliveryCount: 3 } } },
    limitations: {
      'aws:sns': NO_COUNT('SNS', 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html'),
      'gcp:pubsub': NO_COUNT(
        'the Eventarc messagePublished CloudEvent',
        'https://cloud.google.com/eventarc/docs/cloudevents#pubsub',
      ),
      'azure:event-grid': NO_COUNT('Event Grid', 'https://learn.microsoft.com/azure/event-grid/delivery-and-retry'),
    },
  },
  {
    id: 'topic.schema.valid',
    description: "a notification matching the schema: the handler's data is the schema's output",
    kind: 'topic',
    input: messages(msg('t-schema-1', '{"sku":"Z-9","qty":5}')),
    define: (observe) => recordTopic(observe, {}, OrderSchema),
    expect: { seen: { 't-schema-1': { id: 't-schema-1', data: { sku: 'Z-9', qty: 5, total: 50 } } } },
  },
  {
    id: 'topic.schema.mismatch-fails',
    description: 'a notification failing the schema never reaches the handler and is delivered again',
    kind: 'topic',
    input: messages(msg('t-mismatch-1', '{"sku":"","qty":1}'), msg('t-mismatch-2', '{"sku":"Y","qty":1}')),
    define: (observe) => recordTopic(observe, {}, OrderSchema),
    expect: { seen: { 't-mismatch-2': { id: 't-mismatch-2' } }, refused: ['t-mismatch-1'] },
  },
  {
    id: 'topic.binary-body',
    description: 'a notification whose body is bytes that are not UTF-8: the bytes reach the handler exact',
    kind: 'topic',
    input: messages(msg('t-bin-1', BINARY)),
    define: (observe) => recordTopic(observe),
    expect: { seen: { 't-bin-1': { id: 't-bin-1', body: b64(BINARY) } } },
    limitations: {
      'aws:sns': { reason: SNS_TEXT_ONLY, rejects: { name: 'MalformedInputError', message: /not UTF-8/ } },
    },
  },
];
