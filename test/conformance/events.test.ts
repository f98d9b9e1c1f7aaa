// Runs every event scenario through every transport and every source of the scenario's kind that
// the transport lists. A source that cannot meet a scenario declares it (`limitations`); the test
// then checks the declared behaviour happens instead, and that the full expectation really fails,
// so a declaration cannot outlive the limit. The nothing-lost invariant holds everywhere.
import type { EventTransport } from '@faasport/core/adapter';
import { afterAll, describe, expect, it } from 'vitest';
import { eventScenarioIds, eventScenarios } from './event-scenarios.js';
import { SETTLE_RULES } from './event-settle.js';
import { eventTransportFactories, quietly } from './event-transports.js';
import { limited, verifyDelivery } from './event-verify.js';
import type { EventScenario, Seen, SourceKey } from './events/shared.js';

const KINDS = ['queue', 'topic', 'storage', 'schedule', 'stream', 'event'] as const;
const transports = eventTransportFactories.map((factory) => ({ factory, transport: factory.create() }));

afterAll(async () => {
  await Promise.all(transports.map(({ transport }) => transport.close()));
});

function sourceKeys(transport: EventTransport, name: string, kind: string): SourceKey[] {
  const sources = transport.sources[kind as (typeof KINDS)[number]] ?? [];
  return sources.map((s) => `${name}:${s}` as SourceKey);
}

async function run(transport: EventTransport, scenario: EventScenario, source: string) {
  const seen: Seen[] = [];
  const def = scenario.define((s) => seen.push(s));
  try {
    return { seen, report: await quietly(() => transport.deliver(def, scenario.input, source)) };
  } catch (error) {
    return { seen, error };
  }
}

describe('event scenario list', () => {
  it('has unique ids, at least 40 of them, and at least three per trigger kind', () => {
    expect(new Set(eventScenarioIds).size).toBe(eventScenarioIds.length);
    expect(eventScenarioIds.length).toBeGreaterThanOrEqual(40);
    for (const kind of KINDS)
      expect(eventScenarios.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
  });

  it('uses dotted lower-case ids that start with the trigger kind', () => {
    const bad = eventScenarios.filter((s) => !new RegExp(`^${s.kind}(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*){1,2}$`).test(s.id));
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('has a settle rule for every source every transport lists', () => {
    const keys = transports.flatMap(({ factory, transport }) =>
      KINDS.flatMap((kind) => sourceKeys(transport, factory.name, kind)),
    );
    expect(keys.filter((k) => !(k in SETTLE_RULES))).toEqual([]);
  });

  it('declares limitations only for sources of its kind that a transport lists, each with a reason', () => {
    const bad = eventScenarios.flatMap((s) => {
      const known = new Set(
        transports.flatMap(({ factory, transport }) => sourceKeys(transport, factory.name, s.kind)),
      );
      return Object.entries(s.limitations ?? {})
        .filter(([key, lim]) => !known.has(key as SourceKey) || !lim?.reason)
        .map(([key]) => `${s.id} → ${key}`);
    });
    expect(bad).toEqual([]);
  });

  it('runs through local and the three adapter transports', () => {
    expect(transports.map(({ transport }) => transport.name)).toEqual(['local', 'aws', 'gcp', 'azure']);
  });
});

describe.each(transports)('$factory.name', ({ factory, transport }) => {
  const cases = eventScenarios.flatMap((scenario) =>
    sourceKeys(transport, factory.name, scenario.kind).map(
      (key) => [`${scenario.id} ← ${key}`, scenario, key] as const,
    ),
  );

  it.each(cases)('%s', async (_name, scenario, key) => {
    const source = key.slice(key.indexOf(':') + 1);
    const rule = SETTLE_RULES[key];
    if (rule === undefined) throw new Error(`no settle rule for ${key}`);
    const limitation = scenario.limitations?.[key];
    const result = await run(transport, scenario, source);
    if (limitation?.rejects) {
      expect(result.error, limitation.reason).toBeInstanceOf(Error);
      expect((result.error as Error).name).toBe(limitation.rejects.name);
      expect((result.error as Error).message).toMatch(limitation.rejects.message);
      expect(result.seen, 'a refused delivery reached the handler').toEqual([]);
      return;
    }
    expect(result.error, `deliver rejected: ${String(result.error)}`).toBeUndefined();
    const delivered = { seen: result.seen, report: result.report! };
    if (limitation) {
      const want = limited(scenario.expect, limitation);
      expect(verifyDelivery(delivered, scenario.input, want, rule, factory.provider), limitation.reason).toEqual([]);
      const full = verifyDelivery(delivered, scenario.input, scenario.expect, rule, factory.provider);
      expect(full, `stale limitation: ${key} now meets ${scenario.id}`).not.toEqual([]);
    } else {
      expect(verifyDelivery(delivered, scenario.input, scenario.expect, rule, factory.provider)).toEqual([]);
    }
  });
});
