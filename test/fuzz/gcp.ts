// GCP adapter under fuzz: every detector and normalizer, the CloudEvent functions `toCloudFunction`
// returns (called the way FF calls them), and — fewer cases, it is slower — the real Functions
// Framework server on 127.0.0.1 for HTTP and HTTP-signature event functions.
import { basename } from 'node:path';
import { toCloudFunction } from '@faasport/adapter-gcp';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import { type Definition, event, http, queue, schedule, storage, stream, topic } from '@faasport/core';
import { isCloudEvent } from '@faasport/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCloudStorageEvent } from '../../packages/adapter-gcp/src/cloud-storage.js';
import {
  firestoreAction,
  isBinaryCloudEventRequest,
  isCloudStorageCloudEvent,
  isGcpCloudEvent,
  isPubSubCloudEvent,
  isPubSubPushBody,
  isSchedulerCloudEvent,
  isSchedulerRequest,
  isStructuredCloudEventRequest,
} from '../../packages/adapter-gcp/src/detect.js';
import { fromEventarcCloudEvent } from '../../packages/adapter-gcp/src/eventarc.js';
import { fromFirestoreCloudEvent } from '../../packages/adapter-gcp/src/firestore.js';
import { fromFirestoreFields, fromFirestoreValue } from '../../packages/adapter-gcp/src/firestore-value.js';
import { fromPubSubCloudEvent, fromPubSubPushBody } from '../../packages/adapter-gcp/src/pubsub.js';
import {
  fromPubSubSchedule,
  fromSchedulerCloudEvent,
  fromSchedulerRequest,
} from '../../packages/adapter-gcp/src/scheduler.js';
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
  mutatedObject,
  randomAnything,
  randomJson,
  randomObject,
  runs,
  shouldFail,
  unicodeString,
} from './arbitraries.js';

/** The adapter's normalizers and detectors (internal modules: the public entry exports only the handler factories). */
const gcp = {
  firestoreAction,
  fromCloudStorageEvent,
  fromEventarcCloudEvent,
  fromFirestoreCloudEvent,
  fromFirestoreFields,
  fromFirestoreValue,
  fromPubSubCloudEvent,
  fromPubSubPushBody,
  fromPubSubSchedule,
  fromSchedulerCloudEvent,
  fromSchedulerRequest,
  isBinaryCloudEventRequest,
  isCloudStorageCloudEvent,
  isGcpCloudEvent,
  isPubSubCloudEvent,
  isPubSubPushBody,
  isSchedulerCloudEvent,
  isSchedulerRequest,
  isStructuredCloudEventRequest,
  toCloudFunction,
};

type Rec = Record<string, unknown>;
type EventFunction = (ce: unknown) => Promise<void>;

// The CloudEvent `type` a data-only corpus file stands for, by its folder.
const TYPE_OF_FOLDER: Readonly<Record<string, string>> = {
  'queue-pubsub': 'google.cloud.pubsub.topic.v1.messagePublished',
  'storage-gcs': 'google.cloud.storage.object.v1.finalized',
  'event-firestore': 'google.cloud.firestore.document.v1.written',
  'schedule-scheduler': 'google.cloud.scheduler.job.v1.executed',
  'event-auditlog': 'google.cloud.audit.log.v1.written',
};

/** What FF hands a CloudEvent function for a corpus file: the structured event, or one built from binary mode. */
function cloudEventOf(path: string): Rec | undefined {
  const json = readJson<Rec>(path);
  const name = basename(path, '.json');
  const folder = path.split('/').at(-2) ?? '';
  if (name.endsWith('-structured')) return json;
  if (name.endsWith('-binary')) {
    const ce: Rec = {};
    for (const [key, value] of Object.entries(json.headers as Rec)) {
      const lower = key.toLowerCase();
      if (lower.startsWith('ce-')) ce[lower.slice(3)] = value;
      if (lower === 'content-type') ce.datacontenttype = value;
    }
    return { ...ce, data: json.body };
  }
  if (name.endsWith('-binarybody') || name.endsWith('-data')) {
    const type = TYPE_OF_FOLDER[folder] ?? 'com.example.fuzz';
    return { specversion: '1.0', id: `fuzz-${name}`, source: '//fuzz', type, time: '2024-01-01T00:00:00Z', data: json };
  }
  return undefined;
}

// The own fixtures under npm test, the shared corpus under npm run test:corpus.
const FILES = listSuiteFixtures('gcp').filter((f) => !f.includes('conversion-expected'));
const CLOUD_EVENTS = FILES.map(cloudEventOf).filter((ce): ce is Rec => ce !== undefined);
const PUSH_BODIES = FILES.filter(
  (f) => f.includes('pushSubscription') || f.includes('/push-') || f.includes('-legacy-'),
).map((f) => readJson(f));
const OF_TYPE = (prefix: string) => CLOUD_EVENTS.filter((ce) => String(ce.type).startsWith(prefix));

const anyCloudEvent = (list: readonly unknown[]) =>
  fc.oneof({ weight: 6, arbitrary: mutatedFixture(list) }, mutatedFixture(CLOUD_EVENTS), randomJson);
const cloudEventObject = (list: readonly unknown[]) =>
  fc.oneof({ weight: 6, arbitrary: mutatedObject(list) }, randomObject).filter(isCloudEvent);

/** Node's IncomingHttpHeaders: lower-case names, string (or string[]) values. */
const headerMap = fc.dictionary(
  fc.oneof(
    fc.constantFrom('ce-type', 'ce-specversion', 'ce-source', 'ce-id', 'content-type', 'x-cloudscheduler-jobname'),
    unicodeString(10),
  ),
  fc.oneof(unicodeString(30), fc.array(unicodeString(10), { maxLength: 3 })),
  { maxKeys: 8 },
);

export function gcpSuite(): void {
  describe('gcp', () => {
    it('detectors: never throw, always a boolean (or an action / undefined)', () => {
      fc.assert(
        fc.property(fc.oneof(randomAnything, randomJson, mutatedFixture(CLOUD_EVENTS)), headerMap, (value, headers) => {
          countCase();
          const answers: unknown[] = [
            gcp.isGcpCloudEvent(value),
            gcp.isPubSubPushBody(value),
            gcp.isSchedulerRequest(headers),
            gcp.isBinaryCloudEventRequest(headers),
            gcp.isStructuredCloudEventRequest(headers),
          ];
          if (gcp.isGcpCloudEvent(value)) {
            answers.push(
              gcp.isPubSubCloudEvent(value),
              gcp.isCloudStorageCloudEvent(value),
              gcp.isSchedulerCloudEvent(value),
            );
            const action = gcp.firestoreAction(value);
            expect([undefined, 'created', 'updated', 'deleted', 'written']).toContain(action);
          }
          for (const answer of answers) expect(typeof answer).toBe('boolean');
          assertNoPollution();
        }),
        runs(6_000),
      );
    });

    it('CloudEvent normalizers: a normalized value or a typed error', async () => {
      const normalizers: [string, (ce: never) => unknown][] = [
        ['fromPubSubCloudEvent', gcp.fromPubSubCloudEvent],
        ['fromCloudStorageEvent', gcp.fromCloudStorageEvent],
        ['fromFirestoreCloudEvent', gcp.fromFirestoreCloudEvent],
        ['fromSchedulerCloudEvent', gcp.fromSchedulerCloudEvent],
        ['fromPubSubSchedule', gcp.fromPubSubSchedule],
        ['fromEventarcCloudEvent', (ce) => gcp.fromEventarcCloudEvent(ce, { '~standard': ANY_JSON })],
      ];
      await fc.assert(
        fc.asyncProperty(cloudEventObject(CLOUD_EVENTS), async (ce) => {
          countCase();
          for (const [name, normalize] of normalizers) {
            try {
              const out = await normalize(ce as never);
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

    it('push body, Scheduler request and Firestore value normalizers: a value or a typed error', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 3, arbitrary: mutatedObject(PUSH_BODIES) }, randomObject),
          headerMap,
          hostileValue,
          async (body, headers, value) => {
            countCase();
            const calls: [string, () => unknown][] = [
              ['fromPubSubPushBody', () => gcp.fromPubSubPushBody(body)],
              ['fromSchedulerRequest', () => gcp.fromSchedulerRequest({ headers, rawBody: Buffer.from('') } as never)],
              ['fromFirestoreFields', () => gcp.fromFirestoreFields(body)],
              ['fromFirestoreValue', () => gcp.fromFirestoreValue(value, 'v')],
            ];
            for (const [name, call] of calls) {
              try {
                const out = await call();
                if (typeof out === 'object' && out !== null && 'raw' in out) exercise(out);
              } catch (error) {
                assertTypedError(error, name);
              }
            }
            assertNoPollution();
          },
        ),
        runs(6_000),
      );
    });

    const state = { mode: 'none' as FailMode, ok: 0, lines: [] as string[] };
    const logSink = (_level: string, line: string) => void state.lines.push(line);
    function handled(value: unknown): void {
      exercise(value);
      if (shouldFail(state.mode, String(state.ok))) throw new HandlerFailure(String(state.ok));
      state.ok += 1;
    }
    const kinds: [string, Definition, readonly unknown[]][] = [
      ['queue', queue(handled), OF_TYPE('google.cloud.pubsub')],
      ['topic', topic(handled), OF_TYPE('google.cloud.pubsub')],
      ['storage', storage(handled), OF_TYPE('google.cloud.storage')],
      [
        'schedule',
        schedule('rate(5 minutes)', handled),
        [...OF_TYPE('google.cloud.scheduler'), ...OF_TYPE('google.cloud.pubsub')],
      ],
      ['stream', stream(handled), OF_TYPE('google.cloud.firestore')],
      ['event', event(handled), CLOUD_EVENTS],
    ];

    for (const [kind, def, list] of kinds) {
      it(`toCloudFunction(${kind}): resolves only when the handler succeeded, else a typed rejection`, async () => {
        const fn = gcp.toCloudFunction(def as never, { logSink }) as EventFunction;
        await fc.assert(
          fc.asyncProperty(anyCloudEvent(list), failMode, async (input, mode) => {
            countCase();
            state.mode = mode;
            state.ok = 0;
            state.lines.length = 0;
            try {
              await fn(input);
              expect(state.ok, 'resolved without the handler having succeeded').toBe(1);
              expect(isCloudEvent(input)).toBe(true);
            } catch (error) {
              assertTypedError(error);
            }
            assertNoCrashLogged(state.lines);
            assertNoPollution();
          }),
          runs(2_500),
        );
      });
    }

    it('Functions Framework server, HTTP function: 2xx only when the handler ran, never a crash', async () => {
      const lines: string[] = [];
      let completed = false;
      const api = http(async (req) => {
        for (const _ of req.headers);
        const body = await req.arrayBuffer();
        completed = true;
        return new Response(`got ${body.byteLength}`);
      });
      const transport = await cloudFunctionTransport(api, { logSink: (_l, line) => lines.push(line) });
      try {
        await fc.assert(
          fc.asyncProperty(requestArb, async (request) => {
            countCase();
            completed = false;
            lines.length = 0;
            const res = await transport.fetch(request());
            await res.arrayBuffer();
            if (res.status < 300) expect(completed).toBe(true);
            assertNoCrashLogged(lines);
            assertNoPollution();
          }),
          runs(200),
        );
      } finally {
        await transport.close();
      }
    });

    it('Functions Framework server, HTTP-signature event function: 204 only when the handler succeeded', async () => {
      const transport = await cloudFunctionTransport(topic(handled), { signatureType: 'http', logSink });
      try {
        await fc.assert(
          fc.asyncProperty(eventRequestArb, failMode, async (request, mode) => {
            countCase();
            state.mode = mode;
            state.ok = 0;
            state.lines.length = 0;
            const res = await transport.fetch(request());
            await res.arrayBuffer();
            if (res.status < 300) expect(state.ok).toBe(1);
            else expect(res.status).toBeGreaterThanOrEqual(400);
            assertNoCrashLogged(state.lines);
            assertNoPollution();
          }),
          runs(250),
        );
      } finally {
        await transport.close();
      }
    });
  });
}

/** A Standard Schema that accepts any value: makes fromEventarcCloudEvent parse the data. */
const ANY_JSON = { version: 1, vendor: 'fuzz', validate: (value: unknown) => ({ value }) } as const;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;

/** A Web Request (built lazily: a Request body is read once) with hostile path, query, headers and body. */
const requestArb = fc
  .record({
    method: fc.constantFrom(...METHODS),
    path: unicodeString(20),
    query: unicodeString(20),
    headers: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), fc.stringMatching(/^[\x20-\x7e]{0,40}$/), {
      maxKeys: 5,
    }),
    contentType: fc.constantFrom(
      'application/json',
      'text/plain',
      'application/octet-stream',
      'application/x-www-form-urlencoded',
    ),
    body: fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      randomJson.map((v) => JSON.stringify(v) ?? ''),
    ),
  })
  .map((r) => () => {
    const url = new URL('http://fuzz.local/');
    url.pathname = `/${r.path}`;
    url.search = r.query;
    const headers = new Headers(r.headers);
    headers.set('content-type', r.contentType);
    const body = r.method === 'GET' || r.method === 'HEAD' ? null : r.body;
    return new Request(url, { method: r.method, headers, body: body as BodyInit | null });
  });

/** A POST to an HTTP-signature event function: a push body, a structured or binary CloudEvent, or garbage. */
const eventRequestArb = fc
  .record({
    shape: fc.constantFrom('push', 'structured', 'binary', 'json', 'scheduler'),
    push: mutatedFixture(PUSH_BODIES),
    ce: mutatedFixture(CLOUD_EVENTS),
    garbage: randomJson,
    headers: headerMap,
  })
  .map((r) => () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    let body: string = JSON.stringify(r.garbage) ?? 'null';
    if (r.shape === 'push') body = JSON.stringify(r.push) ?? 'null';
    if (r.shape === 'structured') {
      headers.set('content-type', 'application/cloudevents+json');
      body = JSON.stringify(r.ce) ?? 'null';
    }
    if (r.shape === 'binary' || r.shape === 'scheduler') {
      for (const [name, value] of Object.entries(r.headers)) {
        const text = Array.isArray(value) ? value.join(',') : value;
        if (/^[a-z0-9-]+$/.test(name) && /^[\x20-\x7e]*$/.test(text)) headers.set(name, text);
      }
      if (r.shape === 'binary')
        for (const k of ['ce-type', 'ce-specversion', 'ce-source', 'ce-id']) headers.set(k, headers.get(k) ?? '1.0');
      body = JSON.stringify((r.ce as { data?: unknown } | null)?.data ?? r.garbage) ?? 'null';
    }
    return new Request('http://fuzz.local/', { method: 'POST', headers, body });
  });
