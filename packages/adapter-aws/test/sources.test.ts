import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { capabilities } from '../src/capabilities.js';
import { sources } from '../src/sources.js';
import { AWS_EVENT_SOURCES } from '../src/testing/event-transport.js';

const declared = Object.entries(capabilities.triggers).flatMap(([kind, trigger]) =>
  trigger.sources.map((source) => ({ kind, id: source.id, supported: source.support.level !== 'unsupported' })),
);
const byId = new Map(sources.map((s) => [s.id, s]));

describe('sources', () => {
  it('has one entry per id', () => {
    expect(byId.size).toBe(sources.length);
  });

  it('has an entry for every capabilities source, taken by that kind unless refused', () => {
    for (const { kind, id, supported } of declared) {
      const entry = byId.get(id);
      expect(entry, id).toBeDefined();
      expect(entry?.kinds.includes(kind as never), `${id} ${kind}`).toBe(supported);
    }
  });

  it('declares every source it takes in the capability tables (refused ones may be absent there)', () => {
    const ids = new Set(declared.map((d) => d.id));
    for (const entry of sources.filter((s) => s.kinds.length > 0)) expect(ids.has(entry.id), entry.id).toBe(true);
  });

  it('settles each event source as the capability tables say', () => {
    for (const row of capabilities.delivery) expect(byId.get(row.source)?.settle, row.source).toBe(row.settle);
    for (const entry of sources.filter((s) => s.kinds.some((k) => k !== 'http'))) {
      expect(
        capabilities.delivery.some((row) => row.source === entry.id),
        entry.id,
      ).toBe(true);
    }
  });

  it('lists the same event sources per kind as the ./testing event transport', () => {
    for (const [kind, ids] of Object.entries(AWS_EVENT_SOURCES)) {
      expect(
        sources
          .filter((s) => s.kinds.includes(kind as never))
          .map((s) => s.id)
          .sort(),
      ).toEqual([...ids].sort());
    }
  });

  it('names a real event by its first matching entry', () => {
    const first = (event: unknown) => sources.find((s) => s.detect(event))?.id;
    expect(first(ownFixture('aws/other/ses-receipt.json'))).toBe('ses');
  });
});
