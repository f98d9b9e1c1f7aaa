import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchItem, runBatch } from '../src/batch.js';
import { testContext } from './helpers/context.js';

interface Spec {
  id: string;
  group: string;
  fails: boolean;
}

const items = (specs: Spec[], loadFails = new Set<string>()): BatchItem<Spec>[] =>
  specs.map((s) => ({
    id: s.id,
    group: s.group,
    load: () => {
      if (loadFails.has(s.id)) throw new Error(`cannot decode ${s.id}`);
      return s;
    },
  }));

const batchArb = fc
  .array(fc.record({ group: fc.constantFrom('a', 'b', 'c'), fails: fc.boolean() }), { maxLength: 30 })
  .map((xs) => xs.map((x, i) => ({ ...x, id: `m${i}` })));

describe('runBatch', () => {
  it('independent: reports exactly the failed messages, including those that fail to load', async () => {
    const { ctx, lines } = testContext();
    const specs: Spec[] = [
      { id: '1', group: 'a', fails: false },
      { id: '2', group: 'a', fails: true },
      { id: '3', group: 'a', fails: false },
    ];
    const handled: string[] = [];
    const result = await runBatch(
      items(specs, new Set(['3'])),
      (s) => {
        handled.push(s.id);
        if (s.fails) throw new Error('handler failed');
      },
      'independent',
      ctx,
    );
    expect(result).toEqual({ failed: ['2', '3'], succeeded: ['1'], skipped: [] });
    expect(handled).toEqual(['1', '2']);
    expect(lines.map((l) => l.record.itemId)).toEqual(['2', '3']);
  });

  it('stop-at-first: stops at the first failure and reports only it', async () => {
    const { ctx } = testContext();
    const specs = ['1', '2', '3'].map((id) => ({ id, group: 'shard', fails: id === '2' }));
    const handled: string[] = [];
    const result = await runBatch(
      items(specs),
      (s) => {
        handled.push(s.id);
        if (s.fails) throw new Error('x');
      },
      'stop-at-first',
      ctx,
    );
    expect(result).toEqual({ failed: ['2'], succeeded: ['1'], skipped: ['3'] });
    expect(handled).toEqual(['1', '2']);
  });

  it('property: independent mode reports exactly the failed messages and runs every message once', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, async (specs) => {
        const { ctx } = testContext();
        const handled: string[] = [];
        const result = await runBatch(
          items(specs),
          (s) => {
            handled.push(s.id);
            if (s.fails) throw new Error('x');
          },
          'independent',
          ctx,
        );
        expect(result.failed).toEqual(specs.filter((s) => s.fails).map((s) => s.id));
        expect(handled).toEqual(specs.map((s) => s.id));
      }),
      { numRuns: 300 },
    );
  });

  it('property: fifo reports the failed messages plus the later ones of their group, and never runs those', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, async (specs) => {
        const { ctx } = testContext();
        const handled: string[] = [];
        const result = await runBatch(
          items(specs),
          (s) => {
            handled.push(s.id);
            if (s.fails) throw new Error('x');
          },
          'fifo',
          ctx,
        );
        const expected: string[] = [];
        const broken = new Set<string>();
        for (const s of specs) {
          if (broken.has(s.group) || s.fails) expected.push(s.id);
          if (s.fails) broken.add(s.group);
        }
        expect(result.failed).toEqual(expected);
        // Nothing reported as succeeded was processed after a failure in its group.
        const firstFailure = new Map<string, number>();
        specs.forEach((s, i) => {
          if (s.fails && !firstFailure.has(s.group)) firstFailure.set(s.group, i);
        });
        for (const id of result.succeeded) {
          const i = specs.findIndex((s) => s.id === id);
          const spec = specs[i] as Spec;
          expect(i < (firstFailure.get(spec.group) ?? Number.POSITIVE_INFINITY)).toBe(true);
        }
        // Within each group, handling order is batch order and stops at the first failure.
        for (const g of ['a', 'b', 'c']) {
          const order = specs.filter((s) => s.group === g).map((s) => s.id);
          const ran = handled.filter((id) => order.includes(id));
          expect(ran).toEqual(order.slice(0, ran.length));
        }
        // Every message is either succeeded or failed: none lost.
        expect(new Set([...result.failed, ...result.succeeded])).toEqual(new Set(specs.map((s) => s.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('property: stop-at-first reports the first failure only, and processes exactly the prefix before it', async () => {
    await fc.assert(
      fc.asyncProperty(batchArb, async (specs) => {
        const { ctx } = testContext();
        const handled: string[] = [];
        const result = await runBatch(
          items(specs),
          (s) => {
            handled.push(s.id);
            if (s.fails) throw new Error('x');
          },
          'stop-at-first',
          ctx,
        );
        const first = specs.findIndex((s) => s.fails);
        if (first === -1) {
          expect(result.failed).toEqual([]);
          expect(handled).toEqual(specs.map((s) => s.id));
        } else {
          expect(result.failed).toEqual([specs[first]?.id]);
          expect(handled).toEqual(specs.slice(0, first + 1).map((s) => s.id));
          expect(result.skipped).toEqual(specs.slice(first + 1).map((s) => s.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
