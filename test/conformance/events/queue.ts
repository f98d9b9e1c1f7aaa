import type { MessageInput } from '@faasport/core/adapter';
import {
  b64,
  type EventLimitation,
  type EventScenario,
  FAIL,
  OrderSchema,
  recordQueue,
  type Seen,
  T0,
} from './shared.js';

const messages = (...list: MessageInput[]) => ({ kind: 'message' as const, messages: list });
const msg = (id: string, body: string | Uint8Array, extra: Partial<MessageInput> = {}): MessageInput => ({
  id,
  body,
  publishedAt: T0,
  ...extra,
});
const texts = (...pairs: [string, string][]): Record<string, Seen> =>
  Object.fromEntries(pairs.map(([id, text]) => [id, { id, text }]));

const ORDER = '{"sku":"A-1","qty":2}';
const UTF8 = 'Grüße — 東京 🎉 ÿ';
const BINARY = new Uint8Array(Array.from({ length: 256 }, (_, i) => i));

export const SQS_TEXT_ONLY =
  'SQS message bodies are text (XML-valid Unicode characters); bytes that are not UTF-8 must be base64-encoded by the sender. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html';
const sqsRefusesBytes: EventLimitation = {
  reason: SQS_TEXT_ONLY,
  rejects: { name: 'MalformedInputError', message: /not UTF-8/ },
};
const NO_GROUPS =
  'the source has no message groups: SQS standard queues have no MessageGroupId (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html), Azure Storage Queue messages have no session (https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#message-metadata)';

export const queues: EventScenario[] = [
  {
    id: 'queue.single.json',
    description: 'one JSON message: id, bytes, text, parsed data, publish time and CloudEvent view kept',
    kind: 'queue',
    input: messages(msg('q-single-1', ORDER)),
    define: (observe) => recordQueue(observe),
    expect: {
      seen: {
        'q-single-1': {
          id: 'q-single-1',
          text: ORDER,
          body: b64(ORDER),
          data: { sku: 'A-1', qty: 2 },
          publishedAt: T0.toISOString(),
          attributes: {},
          deliveryCount: 1,
          cloudEvent: { id: 'q-single-1', data: { base64: b64(ORDER) } },
        },
      },
    },
  },
  {
    id: 'queue.batch.all-succeed',
    description: 'a batch of three plain-text messages: each handled once, in order, all acknowledged',
    kind: 'queue',
    input: messages(msg('q-all-1', 'one'), msg('q-all-2', 'two'), msg('q-all-3', 'three')),
    define: (observe) => recordQueue(observe),
    expect: { seen: texts(['q-all-1', 'one'], ['q-all-2', 'two'], ['q-all-3', 'three']) },
  },
  {
    id: 'queue.batch.partial-failure',
    description: 'two of five messages fail: exactly those come back (a whole-batch source sends all five back)',
    kind: 'queue',
    input: messages(
      msg('q-part-1', 'ok 1'),
      msg('q-part-2', `${FAIL} 2`),
      msg('q-part-3', 'ok 3'),
      msg('q-part-4', `${FAIL} 4`),
      msg('q-part-5', 'ok 5'),
    ),
    define: (observe) => recordQueue(observe),
    expect: {
      seen: texts(
        ['q-part-1', 'ok 1'],
        ['q-part-2', `${FAIL} 2`],
        ['q-part-3', 'ok 3'],
        ['q-part-4', `${FAIL} 4`],
        ['q-part-5', 'ok 5'],
      ),
      failing: ['q-part-2', 'q-part-4'],
    },
  },
  {
    id: 'queue.fifo.group-stops',
    description:
      'two interleaved groups, one failure in each: on ordered sources the later messages of a failed group are not handled and come back',
    kind: 'queue',
    input: messages(
      msg('q-fifo-a1', 'a1', { groupId: 'group-a' }),
      msg('q-fifo-b1', 'b1', { groupId: 'group-b' }),
      msg('q-fifo-a2', `a2 ${FAIL}`, { groupId: 'group-a' }),
      msg('q-fifo-b2', 'b2', { groupId: 'group-b' }),
      msg('q-fifo-a3', 'a3', { groupId: 'group-a' }),
      msg('q-fifo-b3', `b3 ${FAIL}`, { groupId: 'group-b' }),
      msg('q-fifo-a4', 'a4', { groupId: 'group-a' }),
    ),
    define: (observe) => recordQueue(observe),
    expect: {
      seen: texts(
        ['q-fifo-a1', 'a1'],
        ['q-fifo-b1', 'b1'],
        ['q-fifo-a2', `a2 ${FAIL}`],
        ['q-fifo-b2', 'b2'],
        ['q-fifo-a3', 'a3'],
        ['q-fifo-b3', `b3 ${FAIL}`],
        ['q-fifo-a4', 'a4'],
      ),
      failing: ['q-fifo-a2', 'q-fifo-b3'],
    },
  },
  {
    id: 'queue.group-id',
    description: 'the FIFO message group / ordering key / session reaches the handler as groupId',
    kind: 'queue',
    input: messages(msg('q-group-1', 'grouped', { groupId: 'tenant-7' })),
    define: (observe) => recordQueue(observe),
    expect: { seen: { 'q-group-1': { id: 'q-group-1', groupId: 'tenant-7' } } },
    limitations: {
      'aws:sqs': { reason: NO_GROUPS, seen: { 'q-group-1': { groupId: null } } },
      'azure:storage-queue': { reason: NO_GROUPS, seen: { 'q-group-1': { groupId: null } } },
    },
  },
  {
    id: 'queue.schema.valid',
    description: "a message matching the Standard Schema: the handler's data is the schema's output",
    kind: 'queue',
    input: messages(msg('q-schema-1', '{"sku":"A-1","qty":3}')),
    define: (observe) => recordQueue(observe, {}, OrderSchema),
    expect: { seen: { 'q-schema-1': { id: 'q-schema-1', data: { sku: 'A-1', qty: 3, total: 30 } } } },
  },
  {
    id: 'queue.schema.mismatch-fails',
    description: 'the middle message fails the schema: it never reaches the handler and comes back; the others succeed',
    kind: 'queue',
    input: messages(
      msg('q-mismatch-1', '{"sku":"A-1","qty":1}'),
      msg('q-mismatch-2', '{"sku":"B-2","qty":-1}'),
      msg('q-mismatch-3', '{"sku":"C-3","qty":2}'),
    ),
    define: (observe) => recordQueue(observe, {}, OrderSchema),
    expect: {
      seen: {
        'q-mismatch-1': { id: 'q-mismatch-1', data: { sku: 'A-1', qty: 1, total: 10 } },
        'q-mismatch-3': { id: 'q-mismatch-3', data: { sku: 'C-3', qty: 2, total: 20 } },
      },
      refused: ['q-mismatch-2'],
    },
  },
  {
    id: 'queue.schema.not-json-fails',
    description: 'a body that is not JSON under a schema: refused before the handler, comes back',
    kind: 'queue',
    input: messages(msg('q-notjson-1', 'sku=A-1&qty=1'), msg('q-notjson-2', '{"sku":"A-1","qty":1}')),
    define: (observe) => recordQueue(observe, {}, OrderSchema),
    expect: { seen: { 'q-notjson-2': { id: 'q-notjson-2' } }, refused: ['q-notjson-1'] },
  },
  {
    id: 'queue.bad-json-on-json-call',
    description:
      'no schema, the handler calls json() on a body that is not JSON: a MalformedInputError naming the message; that message alone fails',
    kind: 'queue',
    input: messages(msg('q-badjson-1', '{"ok":true}'), msg('q-badjson-2', 'not {json')),
    define: (observe) => recordQueue(observe, { act: (m) => m.json() }),
    expect: {
      seen: {
        'q-badjson-1': { id: 'q-badjson-1', data: { ok: true } },
        'q-badjson-2': {
          id: 'q-badjson-2',
          data: 'not {json',
          threw: { name: 'MalformedInputError', code: 'MALFORMED_INPUT', message: /q-badjson-2.*not valid JSON/ },
        },
      },
      failing: ['q-badjson-2'],
    },
  },
  {
    id: 'queue.attributes',
    description: 'string message attributes / application properties reach the handler unchanged',
    kind: 'queue',
    input: messages(
      msg('q-attr-1', 'with attributes', { attributes: { 'event-type': 'order.created', tenant: 'zoë' } }),
    ),
    define: (observe) => recordQueue(observe),
    expect: { seen: { 'q-attr-1': { id: 'q-attr-1', attributes: { 'event-type': 'order.created', tenant: 'zoë' } } } },
    limitations: {
      'azure:storage-queue': {
        reason:
          'a Storage Queue message is a body and system metadata only; it has no application properties. https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#message-metadata',
        seen: { 'q-attr-1': { attributes: {} } },
      },
    },
  },
  {
    id: 'queue.delivery-count',
    description: 'a message delivered for the fourth time: deliveryCount is 4',
    kind: 'queue',
    input: messages(msg('q-count-1', 'again', { deliveryCount: 4 })),
    define: (observe) => recordQueue(observe),
    expect: { seen: { 'q-count-1': { id: 'q-count-1', deliveryCount: 4 } } },
    limitations: {
      'gcp:pubsub': {
        reason:
          'the Eventarc messagePublished CloudEvent carries no delivery attempt, so deliveryCount is 1. https://cloud.google.com/eventarc/docs/cloudevents#pubsub',
        seen: { 'q-count-1': { deliveryCount: 1 } },
      },
    },
  },
  {
    id: 'queue.utf8-text',
    description: 'a UTF-8 body with umlauts, CJK and an emoji: text and bytes exact',
    kind: 'queue',
    input: messages(msg('q-utf8-1', UTF8)),
    define: (observe) => recordQueue(observe),
    expect: { seen: { 'q-utf8-1': { id: 'q-utf8-1', text: UTF8, body: b64(UTF8) } } },
  },
  {
    id: 'queue.empty-body',
    description: 'a message with an empty body: zero bytes, empty text, data the empty string; acknowledged',
    kind: 'queue',
    input: messages(msg('q-empty-1', '')),
    define: (observe) => recordQueue(observe),
    expect: { seen: { 'q-empty-1': { id: 'q-empty-1', body: '', text: '', data: '' } } },
  },
  {
    id: 'queue.binary-body',
    description: 'a body of every byte value 0–255: the bytes reach the handler exact',
    kind: 'queue',
    input: messages(msg('q-bin-1', BINARY)),
    define: (observe) => recordQueue(observe),
    expect: { seen: { 'q-bin-1': { id: 'q-bin-1', body: b64(BINARY) } } },
    limitations: { 'aws:sqs': sqsRefusesBytes, 'aws:sqs-fifo': sqsRefusesBytes },
  },
];
