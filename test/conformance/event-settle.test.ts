// The settle rules themselves, then a fast-check property through every source with batch
// semantics: random batches with random failures settle by exactly the source's rule, and nothing
// is lost (every id acknowledged or redelivered, once; every failed id redelivered).
import type { EventInput, EventTransport } from '@faasport/core/adapter';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedOutcome, SETTLE_RULES, type SettleItem } from './event-settle.js';
import { eventTransportFactories, quietly } from './event-transports.js';
import { verifyDelivery } from './event-verify.js';
import { FAIL, recordQueue, recordStream, type Seen, type SourceKey } from './events/shared.js';

const batch: SettleItem[] = [
  { id: 'a1', group: 'a' },
  { id: 'b1', group: 'b' },
  { id: 'a2', group: 'a' },
  { id: 'n1' },
  { id: 'a3', group: 'a' },
  { id: 'n2' },
];
const failing = new Set(['a2', 'n1']);

describe('expectedOutcome', () => {
  it('per-message and partial-batch: exactly the failures come back, everything runs', () => {
    for (const rule of ['per-message', 'partial-batch'] as const) {
      expect(expectedOutcome(rule, batch, failing)).toEqual({
        called: ['a1', 'b1', 'a2', 'n1', 'a3', 'n2'],
        acknowledged: ['a1', 'b1', 'a3', 'n2'],
        redelivered: ['a2', 'n1'],
      });
    }
  });

  it('fifo-partial: a failure holds the rest of its group; ungrouped inputs are one group', () => {
    expect(expectedOutcome('fifo-partial', batch, failing)).toEqual({
      called: ['a1', 'b1', 'a2', 'n1'],
      acknowledged: ['a1', 'b1'],
      redelivered: ['a2', 'n1', 'a3', 'n2'],
    });
  });

  it('ordered-key: a failure holds the rest of its key; inputs without a key are independent', () => {
    expect(expectedOutcome('ordered-key', batch, failing)).toEqual({
      called: ['a1', 'b1', 'a2', 'n1', 'n2'],
      acknowledged: ['a1', 'b1', 'n2'],
      redelivered: ['a2', 'n1', 'a3'],
    });
  });

  it('resume-at-first: stops at the first failure, which and everything after it come back', () => {
    expect(expectedOutcome('resume-at-first', batch, failing)).toEqual({
      called: ['a1', 'b1', 'a2'],
      acknowledged: ['a1', 'b1'],
      redelivered: ['a2', 'n1', 'a3', 'n2'],
    });
  });

  it('whole-batch and whole-batch-at-first: any failure sends the whole batch back', () => {
    const ids = batch.map((i) => i.id);
    expect(expectedOutcome('whole-batch', batch, failing)).toEqual({ called: ids, acknowledged: [], redelivered: ids });
    expect(expectedOutcome('whole-batch-at-first', batch, failing)).toEqual({
      called: ['a1', 'b1', 'a2'],
      acknowledged: [],
      redelivered: ids,
    });
    expect(expectedOutcome('whole-batch', batch, new Set())).toEqual({
      called: ids,
      acknowledged: ids,
      redelivered: [],
    });
  });

  it('a refused input is never called and counts as a failure', () => {
    expect(expectedOutcome('resume-at-first', batch, new Set(), new Set(['b1']))).toEqual({
      called: ['a1'],
      acknowledged: ['a1'],
      redelivered: ['b1', 'a2', 'n1', 'a3', 'n2'],
    });
  });
});

/** Sources whose batches settle by something other than one invocation per input. */
const BATCH_SOURCES: readonly SourceKey[] = [
  'local:queue',
  'aws:sqs',
  'aws:sqs-fifo',
  'aws:kinesis',
  'aws:dynamodb',
  'gcp:pubsub',
  'azure:service-bus-many',
  'azure:event-hubs',
  'azure:cosmos-db',
];

const transports = new Map(eventTransportFactories.map((f) => [f.name, { factory: f, transport: f.create() }]));
afterAll(async () => {
  await Promise.all([...transports.values()].map(({ transport }) => transport.close()));
});

const planArb = fc.array(fc.record({ fail: fc.boolean(), group: fc.constantFrom('g1', 'g2', 'g3', undefined) }), {
  minLength: 1,
  maxLength: 10,
});
type Plan = { fail: boolean; group: string | undefined }[];

function inputOf(plan: Plan, kind: 'queue' | 'stream', run: number): EventInput {
  const text = (i: number, fail: boolean) => `run ${run} item ${i}${fail ? ` ${FAIL}` : ''}`;
  if (kind === 'queue') {
    const messages = plan.map((p, i) => ({
      id: `r${run}-m${i}`,
      body: text(i, p.fail),
      ...(p.group === undefined ? {} : { groupId: p.group }),
    }));
    return { kind: 'message', messages };
  }
  const records = plan.map((p, i) => ({
    id: `r${run}-s${i}`,
    partitionKey: 'shard-key',
    data: text(i, p.fail),
    change: 'insert' as const,
    newImage: { line: text(i, p.fail) },
  }));
  return { kind: 'stream', records };
}

function expectationOf(input: EventInput) {
  const items =
    input.kind === 'message'
      ? input.messages.map((m) => [m.id, String(m.body)] as const)
      : input.kind === 'stream'
        ? input.records.map((r) => [r.id, String(r.data)] as const)
        : [];
  const seen: Record<string, Seen> = {};
  for (const [id, text] of items) seen[id] = input.kind === 'message' ? { id, text } : { line: text };
  return { seen, failing: items.filter(([, text]) => text.includes(FAIL)).map(([id]) => id) };
}

describe.each(BATCH_SOURCES)('%s: random batches and failures settle by its rule, nothing lost', (key) => {
  const [name, source] = key.split(':') as [string, string];
  const { factory, transport } = transports.get(name as 'local')!;
  const kind =
    source === 'kinesis' || source === 'dynamodb' || source.startsWith('event-hubs') || source === 'cosmos-db'
      ? 'stream'
      : 'queue';
  const rule = SETTLE_RULES[key]!;
  // One definition per source (the GCP transport starts one server per definition); calls land in `seen`.
  let seen: Seen[] = [];
  const def = kind === 'queue' ? recordQueue((s) => seen.push(s)) : recordStream((s) => seen.push(s));

  it(`follows '${rule}'`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        run += 1;
        seen = [];
        const input = inputOf(plan, kind, run);
        const report = await quietly(() => (transport as EventTransport).deliver(def, input, source));
        const mismatches = verifyDelivery({ seen, report }, input, expectationOf(input), rule, factory.provider);
        expect(mismatches).toEqual([]);
      }),
      { numRuns: name === 'gcp' ? 15 : 40 },
    );
  });
});
