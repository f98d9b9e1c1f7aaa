// Every native source the GCP adapter declares in its capabilities (triggers.<kind>.sources) has at least one own
// fixture (test/fixtures/gcp), placed there by the adapter's own detection (the CloudEvent, push-body, Scheduler and
// binary/structured-mode guards of src/detect.ts), and a definition of that kind served by the real Functions
// Framework takes it: the handler runs once, or (Firestore protobuf data, outside the JSON form the source supports)
// the event is refused — 500 from FF, UnsupportedEventError from the function. A new source without a fixture fails
// `npm test`.
import type { IncomingHttpHeaders } from 'node:http';
import { basename } from 'node:path';
import { toCloudFunction } from '@faasport/adapter-gcp';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import { stream, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { capabilities } from '../../packages/adapter-gcp/src/capabilities.js';
// The adapter's own detection (its module, not the public API: placement is what the adapter does, not what it exports).
import {
  firestoreAction,
  isBinaryCloudEventRequest,
  isCloudStorageCloudEvent,
  isGcpCloudEvent,
  isPubSubCloudEvent,
  isPubSubPushBody,
  isSchedulerRequest,
} from '../../packages/adapter-gcp/src/detect.js';
import type { GcpCloudEvent, SignatureType } from '../../packages/adapter-gcp/src/types.js';
import { formOf, type Json, requestOf } from '../corpus/gcp-events.js';
import { recordingDefinition } from '../helpers/definitions.js';
import { listOwnFixtures, ownFixtureName, readJson } from '../helpers/fixtures.js';

type Kind = keyof typeof capabilities.triggers;

const files = listOwnFixtures('gcp');

function lower(headers: Json): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

// A binary-mode request's CloudEvent: its ce-* headers as attributes, its body as data.
function binaryEvent(headers: IncomingHttpHeaders, body: unknown): GcpCloudEvent {
  const attributes = Object.entries(headers).flatMap(([k, v]) => (k.startsWith('ce-') ? [[k.slice(3), v]] : []));
  return { ...Object.fromEntries(attributes), data: body } as GcpCloudEvent;
}

// `<kind>.<source id>` of the capability model for a CloudEvent. A messagePublished event is a Pub/Sub message to a
// queue or topic definition, and a Cloud Scheduler tick when the job's target is Pub/Sub (the adapter cannot tell).
function placeEvent(ce: GcpCloudEvent): string[] {
  const at = ['event.eventarc'];
  if (isPubSubCloudEvent(ce)) at.push('queue.pubsub', 'topic.pubsub', 'schedule.scheduler-pubsub');
  if (isCloudStorageCloudEvent(ce)) at.push('storage.gcs');
  if (firestoreAction(ce) !== undefined) at.push('stream.firestore');
  return at;
}

// What the adapter's detection makes of a fixture; data-only files (`*-data.json`) are no delivery and place nowhere.
function placementsOf(json: Json): string[] {
  if (typeof json.method === 'string' && typeof json.headers === 'object') {
    return isSchedulerRequest(lower(json.headers as Json)) ? ['schedule.scheduler-http'] : ['http.http'];
  }
  if (typeof json.headers === 'object' && 'body' in json) {
    const headers = lower(json.headers as Json);
    return isBinaryCloudEventRequest(headers) ? placeEvent(binaryEvent(headers, json.body)) : [];
  }
  if (isPubSubPushBody(json)) return ['queue.pubsub-push'];
  if (isGcpCloudEvent(json)) return placeEvent(json);
  return placeLegacy(json);
}

// A gen 1 background event (`{context, data}` or flat `{eventId, eventType, resource, data}`): the Functions Framework
// converts it to the CloudEvent of its service before the adapter runs
// (https://cloud.google.com/functions/docs/writing/write-event-driven-functions), so it lands where that event would.
function placeLegacy(json: Json): string[] {
  const eventType = ((json.context ?? json) as Json).eventType;
  if (typeof eventType !== 'string' || !('data' in json)) return [];
  const service = [
    ['pubsub', ['queue.pubsub', 'topic.pubsub']],
    ['storage', ['storage.gcs']],
    ['firestore', ['stream.firestore']],
  ] as const;
  const match = service.find(([name]) => eventType.includes(name));
  return match ? ['event.eventarc', ...match[1]] : [];
}

const placed = files.map((file) => {
  const json = readJson<Json>(file);
  return { file, json, name: ownFixtureName(file), at: placementsOf(json) };
});
const declared = (Object.entries(capabilities.triggers) as [Kind, (typeof capabilities.triggers)[Kind]][]).flatMap(
  ([kind, trigger]) => trigger.sources.map((s) => ({ kind, id: s.id })),
);
// Push subscriptions and Scheduler HTTP targets reach an HTTP-signature function; Eventarc a CloudEvent one.
const HTTP_SIGNATURE = new Set(['queue.pubsub-push', 'schedule.scheduler-http', 'http.http']);

// The Firestore protobuf form: the function itself rejects with UnsupportedEventError (or a generic error caused by it).
async function expectUnsupported(json: Json): Promise<void> {
  const fn = toCloudFunction(
    stream(async () => {}),
    { logSink: () => {} },
  );
  const rejection = await fn(json as never).then(
    () => undefined,
    (error: unknown) => error,
  );
  const typed = rejection instanceof UnsupportedEventError ? rejection : (rejection as Error | undefined)?.cause;
  expect(typed).toBeInstanceOf(UnsupportedEventError);
}

describe('gcp own fixtures cover every declared native source', () => {
  it('every declared source has at least one own fixture the adapter places there', () => {
    const missing = declared.filter(({ kind, id }) => !placed.some((p) => p.at.includes(`${kind}.${id}`)));
    expect(missing).toEqual([]);
    expect(declared.length).toBeGreaterThanOrEqual(9);
  });

  it('every own fixture but data-only files is placed at declared sources', () => {
    const ids = new Set(declared.map(({ kind, id }) => `${kind}.${id}`));
    const delivered = placed.filter((p) => !p.name.endsWith('-data.json'));
    expect(delivered.filter((p) => p.at.length === 0 || !p.at.every((a) => ids.has(a))).map((p) => p.name)).toEqual([]);
    expect(placed.filter((p) => p.name.endsWith('-data.json') && p.at.length > 0).map((p) => p.name)).toEqual([]);
  });

  it.each(declared.map((d) => [`${d.kind}.${d.id}`, d] as const))(
    '%s: a definition of its kind takes its fixtures',
    async (id, d) => {
      const mine = placed.filter((p) => p.at.includes(id));
      expect(mine.length).toBeGreaterThan(0);
      for (const { json, name } of mine) {
        const seen: unknown[] = [];
        const signatureType: SignatureType = HTTP_SIGNATURE.has(id) ? 'http' : 'cloudevent';
        const def = recordingDefinition(d.kind, (v) => void seen.push(v), '0 3 * * *');
        const server = await cloudFunctionTransport(def, { signatureType, logSink: () => {} });
        try {
          const res = await server.fetch(requestOf(json, { form: formOf(basename(name)) }));
          const refused = d.kind === 'stream' && name.includes('-protobuf-');
          expect(res.status, `${name}: ${await res.text()}`).toBe(refused ? 500 : d.kind === 'http' ? 200 : 204);
          expect(seen, name).toHaveLength(refused ? 0 : 1);
          if (refused) await expectUnsupported(json);
        } finally {
          await server.close();
        }
      }
    },
  );
});
