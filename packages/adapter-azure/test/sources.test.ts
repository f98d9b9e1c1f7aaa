import az from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { capabilities } from '../src/capabilities.js';
import { sourceOf } from '../src/detect.js';
import { kindsOf, kindsOfTrigger, SOURCE_NAMES, sources } from '../src/sources.js';
import { AZURE_EVENT_SOURCES } from '../src/testing/event-transport.js';

type Kind = keyof typeof capabilities.triggers;
const declared = Object.entries(capabilities.triggers).flatMap(([kind, trigger]) =>
  trigger.sources.map((source) => ({ kind: kind as Kind, id: source.id, name: source.name })),
);
// The one entry the capability tables do not list: Event Grid deliveries through an HTTP trigger (a webhook).
const NOT_DECLARED = new Set(['event-grid-webhook']);

describe('sources', () => {
  it('has one entry per id', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('has an entry for every capabilities source, taking that kind, named alike', () => {
    for (const { kind, id, name } of declared) {
      const entry = sources.find((s) => s.id === id);
      expect(entry, `${kind}/${id}`).toBeDefined();
      expect(entry?.kinds, `${kind}/${id}`).toContain(kind);
      expect(name.startsWith(entry?.name ?? '?'), `${name} vs ${entry?.name}`).toBe(true);
    }
  });

  it('lists only sources the capability tables declare (and the webhook), with no kind they do not', () => {
    for (const entry of sources.filter((s) => !NOT_DECLARED.has(s.id))) {
      const kinds = declared.filter((d) => d.id === entry.id).map((d) => d.kind);
      expect([...kinds].sort(), entry.id).toEqual([...entry.kinds].sort());
    }
  });

  it('settles each source as the capabilities delivery table says', () => {
    for (const rule of capabilities.delivery) {
      expect(sources.find((s) => s.id === rule.source)?.settle, `${rule.kind}/${rule.source}`).toBe(rule.settle);
    }
  });

  it('gives the ./testing transport exactly its source lists', () => {
    for (const [kind, ids] of Object.entries(AZURE_EVENT_SOURCES)) {
      const derived = sources.filter((s) => s.runs !== 'http' && s.kinds.includes(kind as Kind)).map((s) => s.id);
      expect(derived, kind).toEqual([...ids]);
    }
  });

  it('is what the runtime tells a trigger by: every binding type maps to the entry that runs it', () => {
    for (const entry of sources) {
      const trigger = { type: entry.trigger, name: 'input' };
      const context = new az.InvocationContext({ options: { trigger, extraInputs: [], extraOutputs: [] } });
      expect(sourceOf(context), entry.trigger).toBe(entry.runs);
    }
    expect(SOURCE_NAMES).toContain('http');
    expect(kindsOf('service-bus')).toEqual(['queue', 'topic']);
    expect(kindsOf('http')).toEqual(['http', 'topic', 'storage', 'event']);
    expect(kindsOfTrigger('eventGridTrigger')).toEqual(['topic', 'storage', 'event']);
    expect(kindsOfTrigger('httpTrigger')).toEqual([]);
  });
});
