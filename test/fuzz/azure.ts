// Azure adapter under fuzz: detectors, normalizers and `toAzureHandler(def)(trigger, context)` with
// the library's real InvocationContext and HttpRequest, fed mutated corpus deliveries (trigger input
// and triggerMetadata together) and random JSON.
import az from '@azure/functions';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import { type Definition, event, http, queue, schedule, storage, stream, topic } from '@faasport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBlobTrigger } from '../../packages/adapter-azure/src/blob.js';
import { fromCosmosDocument } from '../../packages/adapter-azure/src/cosmos-db.js';
import {
  isBatchTrigger,
  isEventGridSchemaEvent,
  sourceOf,
  validationCodeOf,
} from '../../packages/adapter-azure/src/detect.js';
import {
  fromEventGridBlob,
  fromEventGridMessage,
  toCloudEventFromEventGrid,
} from '../../packages/adapter-azure/src/event-grid.js';
import { fromEventHubsEvent } from '../../packages/adapter-azure/src/event-hubs.js';
import { fromServiceBusMessage } from '../../packages/adapter-azure/src/service-bus.js';
import { fromStorageQueueMessage } from '../../packages/adapter-azure/src/storage-queue.js';
import { fromTimer } from '../../packages/adapter-azure/src/timer.js';
import { listSuiteFixtures, readJson } from '../helpers/fixtures.js';
import {
  assertNoCrashLogged,
  assertNoPollution,
  assertTypedError,
  countCase,
  exercise,
  type FailMode,
  failMode,
  HandlerFailure,
  hostileValue,
  mutatedFixture,
  randomAnything,
  randomJson,
  randomObject,
  runs,
  shouldFail,
  unicodeString,
} from './arbitraries.js';

/** The adapter's normalizers and detectors (internal modules: the public entry exports only the handler factories). */
const azure = {
  fromBlobTrigger,
  fromCosmosDocument,
  fromEventGridBlob,
  fromEventGridMessage,
  fromEventHubsEvent,
  fromServiceBusMessage,
  fromStorageQueueMessage,
  fromTimer,
  isBatchTrigger,
  isEventGridSchemaEvent,
  sourceOf,
  toAzureHandler,
  toCloudEventFromEventGrid,
  validationCodeOf,
};

type Rec = Record<string, unknown>;
type TriggerHandler = (trigger: unknown, context: az.InvocationContext) => Promise<unknown>;

/** One delivery: what the worker passes as the trigger, the binding it came through, and its metadata. */
interface Delivery {
  trigger?: unknown;
  cardinality?: unknown;
  input?: unknown;
  triggerMetadata?: unknown;
}

// The own fixtures under npm test, the shared corpus under npm run test:corpus.
const FILES = listSuiteFixtures('azure').filter((f) => !f.includes('/azure/http/'));
const isHandshake = (f: string) => f.includes('subscriptionValidation') || f.includes('subscription-validation');
const EVENT_GRID = FILES.filter((f) => f.includes('event-grid') && !isHandshake(f)).map((f) => readJson(f));
const EG_EVENTS = EVENT_GRID.flatMap((e) => (Array.isArray(e) ? e : [e]));
const DELIVERIES: Delivery[] = [
  ...FILES.filter((f) => !f.includes('event-grid')).map((f) => readJson<Delivery>(f)),
  ...EG_EVENTS.map((input) => ({ trigger: 'eventGridTrigger', input })),
];
const HANDSHAKE = readJson<{ headers: Rec; body: unknown }>(FILES.find(isHandshake) as string);

// Trigger metadata with the keys the adapter reads, holding hostile values.
const METADATA_KEYS = [
  'id',
  'dequeueCount',
  'insertionTime',
  'messageId',
  'messageIdArray',
  'deliveryCount',
  'deliveryCountArray',
  'enqueuedTimeUtc',
  'enqueuedTimeUtcArray',
  'sequenceNumber',
  'sequenceNumberArray',
  'partitionKeyArray',
  'systemProperties',
  'systemPropertiesArray',
  'applicationProperties',
  'applicationPropertiesArray',
  'sessionId',
  'partitionContext',
  'blobTrigger',
  'properties',
  'uri',
] as const;
const metadataArb = fc.dictionary(
  fc.constantFrom(...METADATA_KEYS),
  fc.oneof(
    hostileValue,
    fc.array(hostileValue, { maxLength: 3 }),
    fc.constant(null).map(() => JSON.parse('[{"toString":1}]') as unknown),
  ),
  { maxKeys: 8 },
);

const deliveryArb = fc.oneof(
  { weight: 6, arbitrary: mutatedFixture(DELIVERIES) },
  fc.record({
    trigger: fc.constantFrom(
      'queueTrigger',
      'serviceBusTrigger',
      'eventGridTrigger',
      'timerTrigger',
      'blobTrigger',
      'eventHubTrigger',
      'cosmosDBTrigger',
    ),
    cardinality: fc.constantFrom('one', 'many', undefined),
    input: randomJson,
    triggerMetadata: fc.oneof(randomObject, metadataArb),
  }),
  randomJson,
);

function contextFor(delivery: unknown): { context: az.InvocationContext; logs: { message: string }[] } {
  const { context, logs } = createInvocationContext({ functionName: 'fuzz' });
  const d = (typeof delivery === 'object' && delivery !== null ? delivery : {}) as Delivery;
  context.options.trigger = {
    name: 'trigger',
    // The binding type comes from the registration (always a string), not from the payload.
    type: typeof d.trigger === 'string' ? d.trigger : 'fuzzTrigger',
    queueName: 'q',
    changeFeedMode: 'AllVersionsAndDeletes',
    ...(d.cardinality === undefined ? {} : { cardinality: d.cardinality as string }),
  };
  if (d.triggerMetadata !== undefined) context.triggerMetadata = d.triggerMetadata as Rec;
  return { context, logs };
}

function inputOf(delivery: unknown): unknown {
  const d = delivery as Delivery | null;
  return typeof d === 'object' && d !== null ? d.input : delivery;
}

function isMany(context: az.InvocationContext): boolean {
  const type = String(context.options.trigger.type).toLowerCase();
  return type === 'cosmosdbtrigger' || azure.isBatchTrigger(context);
}

export function azureSuite(): void {
  describe('azure', () => {
    it('detectors: never throw, always an answer of the declared type', () => {
      fc.assert(
        fc.property(fc.oneof(randomAnything, randomJson, deliveryArb), unicodeString(30), (value, header) => {
          countCase();
          const { context } = contextFor(value);
          expect(typeof azure.isEventGridSchemaEvent(value)).toBe('boolean');
          expect(typeof azure.isBatchTrigger(context)).toBe('boolean');
          const source = azure.sourceOf(context);
          expect(source === undefined || typeof source === 'string').toBe(true);
          const code = azure.validationCodeOf(header, value);
          expect(code === undefined || typeof code === 'string').toBe(true);
          assertNoPollution();
        }),
        runs(6_000),
      );
    });

    it('normalizers: a normalized value or a typed error', async () => {
      await fc.assert(
        fc.asyncProperty(deliveryArb, fc.nat(3), async (delivery, index) => {
          countCase();
          const { context } = contextFor(delivery);
          const input = inputOf(delivery);
          const item = Array.isArray(input) ? input[index] : input;
          const raw = { trigger: input, context };
          const calls: [string, () => unknown][] = [
            ['fromStorageQueueMessage', () => azure.fromStorageQueueMessage(input, context)],
            ['fromServiceBusMessage', () => azure.fromServiceBusMessage(input, context)],
            ['fromServiceBusMessage[i]', () => azure.fromServiceBusMessage(item, context, index)],
            ['fromEventHubsEvent', () => azure.fromEventHubsEvent(input, context)],
            ['fromEventHubsEvent[i]', () => azure.fromEventHubsEvent(item, context, index)],
            ['fromBlobTrigger', () => azure.fromBlobTrigger(input, context)],
            ['fromCosmosDocument', () => azure.fromCosmosDocument(item, context)],
            ['fromTimer', () => azure.fromTimer(input, context, Date.now())],
            ['toCloudEventFromEventGrid', () => azure.toCloudEventFromEventGrid(input)],
            ['fromEventGridBlob', () => azure.fromEventGridBlob(input, raw)],
            ['fromEventGridMessage', () => azure.fromEventGridMessage(input, raw)],
          ];
          for (const [name, call] of calls) {
            try {
              const out = await call();
              if (typeof out !== 'object' || out === null) throw new Error(`${name} returned ${String(out)}`);
              if ('raw' in out) exercise(out);
            } catch (error) {
              assertTypedError(error, name);
            }
          }
          assertNoPollution();
        }),
        runs(6_000),
      );
    });

    const state = { mode: 'none' as FailMode, ok: 0 };
    function handled(value: unknown): void {
      exercise(value);
      if (shouldFail(state.mode, String(state.ok))) throw new HandlerFailure(String(state.ok));
      state.ok += 1;
    }
    const kinds: [string, Definition][] = [
      ['queue', queue(handled)],
      ['topic', topic(handled)],
      ['storage', storage(handled)],
      ['schedule', schedule('rate(5 minutes)', handled)],
      ['stream', stream(handled)],
      ['event', event(handled)],
    ];

    for (const [kind, def] of kinds) {
      it(`toAzureHandler(${kind}): resolves only when every delivered item was handled, else a typed rejection`, async () => {
        const handler = azure.toAzureHandler(def as never) as TriggerHandler;
        await fc.assert(
          fc.asyncProperty(deliveryArb, failMode, async (delivery, mode) => {
            countCase();
            state.mode = mode;
            state.ok = 0;
            const { context, logs } = contextFor(delivery);
            const input = inputOf(delivery);
            try {
              await handler(input, context);
              const many = isMany(context);
              const expected = many && Array.isArray(input) ? input.length : 1;
              expect(state.ok, 'resolved without every item handled').toBe(expected);
            } catch (error) {
              assertTypedError(error);
            }
            assertNoCrashLogged(logs.map((l) => l.message));
            assertNoPollution();
          }),
          runs(2_500),
        );
      });
    }

    it('Event Grid webhook: 200 only for a real handshake or when every event was handled', async () => {
      const handler = azure.toAzureHandler(topic(handled)) as TriggerHandler;
      const bodyArb = fc.oneof({ weight: 4, arbitrary: mutatedFixture([...EVENT_GRID, HANDSHAKE.body]) }, randomJson);
      await fc.assert(
        fc.asyncProperty(
          bodyArb,
          fc.constantFrom('Notification', 'SubscriptionValidation', undefined),
          failMode,
          async (body, eventType, mode) => {
            countCase();
            state.mode = mode;
            state.ok = 0;
            const { context, logs } = createInvocationContext({ functionName: 'webhook' });
            context.options.trigger = { name: 'request', type: 'httpTrigger' };
            const request = new az.HttpRequest({
              method: 'POST',
              url: 'https://fuzz.azurewebsites.net/api/webhook',
              body: { string: JSON.stringify(body) ?? '' },
              headers: eventType ? { 'aeg-event-type': eventType } : {},
            });
            const res = (await handler(request, context)) as az.HttpResponseInit;
            const status = res.status ?? 200;
            const code = (res.jsonBody as { validationResponse?: unknown } | undefined)?.validationResponse;
            if (code !== undefined) {
              expect(eventType).toBe('SubscriptionValidation');
              expect(code).toBe(azure.validationCodeOf('SubscriptionValidation', body));
              expect(state.ok).toBe(0);
            } else if (status < 300) {
              expect(state.ok, '200 without every event handled').toBe(Array.isArray(body) ? body.length : 1);
            } else {
              expect(status).toBeGreaterThanOrEqual(400);
            }
            assertNoCrashLogged(logs.map((l) => l.message));
            assertNoPollution();
          },
        ),
        runs(2_000),
      );
    });

    it('toAzureHandler(http): always a status (2xx only when the handler ran), never a rejection', async () => {
      let completed = false;
      const handler = azure.toAzureHandler(
        http(async (req) => {
          for (const _ of req.headers);
          const body = await req.arrayBuffer();
          completed = true;
          return new Response(`got ${body.byteLength}`);
        }),
      ) as unknown as TriggerHandler;
      const requestArb = fc.record({
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        path: unicodeString(20),
        query: unicodeString(20),
        headers: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), fc.stringMatching(/^[\x20-\x7e]{0,40}$/), {
          maxKeys: 5,
        }),
        body: fc.oneof(
          unicodeString(200),
          randomJson.map((v) => JSON.stringify(v) ?? ''),
        ),
      });
      await fc.assert(
        fc.asyncProperty(requestArb, async (r) => {
          countCase();
          completed = false;
          const url = new URL('https://fuzz.azurewebsites.net/api/');
          url.pathname = `/api/${r.path}`;
          url.search = r.query;
          const { context, logs } = createInvocationContext({ functionName: 'api' });
          context.options.trigger = { name: 'request', type: 'httpTrigger' };
          const hasBody = r.method !== 'GET' && r.method !== 'HEAD';
          const request = new az.HttpRequest({
            method: r.method,
            url: url.href,
            headers: r.headers,
            ...(hasBody ? { body: { string: r.body } } : {}),
          });
          const res = (await handler(request, context)) as az.HttpResponseInit;
          const status = res.status ?? 200;
          expect(Number.isInteger(status) && status >= 100 && status <= 599).toBe(true);
          if (status < 300) expect(completed).toBe(true);
          assertNoCrashLogged(logs.map((l) => l.message));
          assertNoPollution();
        }),
        runs(2_000),
      );
    });
  });
}
