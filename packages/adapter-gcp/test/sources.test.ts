import { describe, expect, it } from 'vitest';
import { capabilities } from '../src/capabilities.js';
import { sources } from '../src/sources.js';
import { GCP_EVENT_SOURCES } from '../src/testing/event-transport.js';

const pairs = (list: readonly { kind: string; id: string }[]) => list.map((p) => `${p.kind}:${p.id}`).sort();
const listed = sources.flatMap((s) => s.kinds.map((kind) => ({ kind, id: s.id })));
const tabled = Object.entries(capabilities.triggers)
  .filter(([kind]) => kind !== 'http')
  .flatMap(([kind, t]) => t.sources.map((s) => ({ kind, id: s.id, name: s.name })));

describe('sources', () => {
  it('every capability source has a list entry with the same kind, and every entry is in the tables', () => {
    expect(pairs(listed)).toEqual(pairs(tabled));
  });

  it('names agree with the capability tables', () => {
    for (const t of tabled) expect(sources.find((s) => s.id === t.id)?.name).toBe(t.name);
  });

  it("settle rules agree with the tables' delivery semantics", () => {
    for (const d of capabilities.delivery) expect(sources.find((s) => s.id === d.source)?.settle).toBe(d.settle);
    expect(pairs(capabilities.delivery.map((d) => ({ kind: d.kind, id: d.source })))).toEqual(pairs(listed));
  });

  it("the ./testing transport's sources are the list's, per kind", () => {
    expect(pairs(Object.entries(GCP_EVENT_SOURCES).flatMap(([kind, ids]) => ids.map((id) => ({ kind, id }))))).toEqual(
      pairs(listed),
    );
  });

  it('ids are unique', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });
});
