// Every native source the Azure adapter declares in its capabilities (triggers.<kind>.sources) has at least one own
// fixture (test/fixtures/azure), placed there by the adapter's own detection (sourceOf / isBatchTrigger on the
// library's real InvocationContext, the Event Grid schema guards, validationCodeOf), and a definition of that kind
// takes it: the handler runs once per item, or a trap fixture (`malformed-*`) gives MalformedInputError, or a source
// declared unsupported gives UnsupportedEventError. A new source without a fixture fails `npm test`.
import az from '@azure/functions';
import { capabilities } from '@faasport/adapter-azure/capabilities';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import { type Definition, MalformedInputError, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
// The adapter's own detection (its module, not the public API: placement is what the adapter does, not what it exports).
import {
  isBatchTrigger,
  isCloudEventsSchemaEvent,
  isEventGridSchemaEvent,
  sourceOf,
  validationCodeOf,
} from '../../packages/adapter-azure/src/detect.js';
import { checkHandshake, type HandshakeCapture } from '../corpus/azure-event-grid.js';
import { toInit } from '../corpus/azure-http.js';
import { invoke, type Outcome, type TriggerFixture } from '../corpus/azure-invoke.js';
import { recordingDefinition } from '../helpers/definitions.js';
import { listOwnFixtures, ownFixtureName, readJson } from '../helpers/fixtures.js';

type Json = Record<string, unknown>;
type Kind = keyof typeof capabilities.triggers;

const files = listOwnFixtures('azure');

// What the adapter's detection makes of a trigger capture: `<kind>.<source id>` of the capability model.
function placeCapture(fixture: TriggerFixture): string[] {
  const { context } = createInvocationContext();
  context.options.trigger = {
    ...fixture.binding,
    name: 'trigger',
    type: fixture.trigger,
    cardinality: fixture.cardinality,
  };
  const source = sourceOf(context);
  if (source === 'service-bus') {
    if (isBatchTrigger(context)) return ['queue.service-bus-many'];
    return typeof context.options.trigger.topicName === 'string' ? ['topic.service-bus-topic'] : ['queue.service-bus'];
  }
  const BY_SOURCE: Record<string, string> = {
    http: 'http.http',
    'storage-queue': 'queue.storage-queue',
    timer: 'schedule.timer',
    blob: 'storage.blob',
    'event-hubs': 'stream.event-hubs',
    'cosmos-db': 'stream.cosmos-db',
  };
  return source && BY_SOURCE[source] ? [BY_SOURCE[source]] : [];
}

// An Event Grid delivery: each event feeds a topic definition, an event definition by its schema, and a storage
// definition when it is a blob event. A validation handshake belongs to Event Grid webhook delivery.
function placeEventGrid(json: unknown): string[] {
  const capture = json as Partial<HandshakeCapture>;
  if (capture.headers && validationCodeOf(capture.headers['aeg-event-type'] ?? null, capture.body)) {
    return ['event.event-grid'];
  }
  const events = Array.isArray(json) ? json : [json];
  const out = new Set<string>();
  for (const raw of events) {
    const type = isEventGridSchemaEvent(raw) ? raw.eventType : isCloudEventsSchemaEvent(raw) ? raw.type : undefined;
    if (type === undefined) return [];
    out.add('topic.event-grid');
    out.add(isEventGridSchemaEvent(raw) ? 'event.event-grid' : 'event.event-grid-cloudevents');
    if (type.startsWith('Microsoft.Storage.Blob')) out.add('storage.event-grid-blob');
  }
  return [...out];
}

function placementsOf(file: string): string[] {
  const json = readJson<unknown>(file);
  const isCapture = typeof json === 'object' && json !== null && typeof (json as Json).trigger === 'string';
  return isCapture ? placeCapture(json as TriggerFixture) : placeEventGrid(json);
}

const placed = files.map((file) => ({ file, name: ownFixtureName(file), at: placementsOf(file) }));
const declared = (Object.entries(capabilities.triggers) as [Kind, (typeof capabilities.triggers)[Kind]][]).flatMap(
  ([kind, trigger]) => trigger.sources.map((s) => ({ kind, id: s.id, level: s.support.level })),
);

// Delivers a fixture to `def` as the host would; the number of handler runs it should give.
async function deliver(def: Definition, file: string): Promise<{ out: Outcome; runs: number }> {
  const json = readJson<Json | Json[]>(file);
  if (!Array.isArray(json) && typeof json.trigger === 'string') {
    const fixture = json as unknown as TriggerFixture;
    if (fixture.trigger === 'httpTrigger') {
      return { out: await invoke(def, fixture, new az.HttpRequest(toInit(fixture, file))), runs: 1 };
    }
    const batch = fixture.cardinality === 'many' || fixture.trigger === 'cosmosDBTrigger';
    const input = fixture.input ?? Buffer.alloc(fixture.inputLengthBytes ?? 0);
    return { out: await invoke(def, fixture, input), runs: batch ? (fixture.input as unknown[]).length : 1 };
  }
  const events = Array.isArray(json) ? json : [json];
  for (const raw of events) {
    const out = await invoke(def, { trigger: 'eventGridTrigger' }, raw);
    if (out.error) return { out, runs: events.length };
  }
  return { out: { result: undefined, error: undefined }, runs: events.length };
}

describe('azure own fixtures cover every declared native source', () => {
  it('every declared source has at least one own fixture the adapter places there', () => {
    const missing = declared.filter(({ kind, id }) => !placed.some((p) => p.at.includes(`${kind}.${id}`)));
    expect(missing).toEqual([]);
    expect(declared.length).toBeGreaterThanOrEqual(13);
  });

  it('every own fixture is placed at a declared source', () => {
    const ids = new Set(declared.map(({ kind, id }) => `${kind}.${id}`));
    expect(placed.filter((p) => p.at.length === 0 || !p.at.every((a) => ids.has(a))).map((p) => p.name)).toEqual([]);
  });

  it.each(declared.map((d) => [`${d.kind}.${d.id}`, d] as const))(
    '%s: a definition of its kind takes its fixtures',
    async (_id, d) => {
      const mine = placed.filter((p) => p.at.includes(`${d.kind}.${d.id}`));
      expect(mine.length).toBeGreaterThan(0);
      for (const { file, name } of mine) {
        if (name.endsWith('subscription-validation.json')) {
          await checkHandshake(readJson<HandshakeCapture>(file));
          continue;
        }
        const seen: unknown[] = [];
        const { out, runs } = await deliver(
          recordingDefinition(d.kind, (v) => void seen.push(v)),
          file,
        );
        if (d.level === 'unsupported') expect(out.error, name).toBeInstanceOf(UnsupportedEventError);
        else if (name.split('/').at(-1)?.startsWith('malformed-')) {
          expect(out.error, name).toBeInstanceOf(MalformedInputError);
          expect(seen).toEqual([]);
        } else {
          expect(out.error, name).toBeUndefined();
          expect(seen, name).toHaveLength(runs);
        }
      }
    },
  );
});
