// Checks one delivery against a scenario: the nothing-lost invariant, the source's settle rule, and
// what every handler call saw. Returns every mismatch (an empty list means it met it), so a declared
// limitation is checked both ways: the limited expectation holds AND the full one does not.
import { isDeepStrictEqual } from 'node:util';
import type { DeliveryReport, EventInput } from '@faasport/core/adapter';
import { expectedOutcome, itemsOf, type SettleRule } from './event-settle.js';
import type { EventExpectation, EventLimitation, Seen } from './events/shared.js';

/** What one run produced: the handler calls in order and the transport's report. */
export interface Delivered {
  readonly seen: readonly Seen[];
  readonly report: DeliveryReport;
}

// Nested objects compared field by field (the rest of a nested value, e.g. `attributes`, must match whole).
const PARTIAL = new Set(['cloudEvent', 'threw']);

const show = (v: unknown) => (v instanceof RegExp ? String(v) : JSON.stringify(v));

/**
 * Every id lost, doubled or unknown in a report, and every failed id not redelivered.
 *
 * @example
 * nothingLost(report, ['a', 'b'], new Set(['b'])) // [] when a is acknowledged and b redelivered
 */
export function nothingLost(report: DeliveryReport, ids: readonly string[], failed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const settled = [...report.acknowledged, ...report.redelivered];
  for (const id of ids) {
    const n = settled.filter((s) => s === id).length;
    if (n === 0) out.push(`LOST: ${id} is neither acknowledged nor redelivered`);
    if (n > 1) out.push(`${id} is settled ${n} times (${show(report.acknowledged)} / ${show(report.redelivered)})`);
  }
  for (const id of settled) if (!ids.includes(id)) out.push(`report names unknown id ${id}`);
  for (const id of failed) {
    if (report.acknowledged.includes(id)) out.push(`${id} failed but was acknowledged`);
  }
  return out;
}

function sameSet(what: string, got: readonly string[], want: readonly string[]): string[] {
  const a = [...got].sort();
  const b = [...want].sort();
  return isDeepStrictEqual(a, b) ? [] : [`${what} ${show(got)}, want ${show(want)}`];
}

function fieldMismatch(path: string, got: unknown, want: unknown, out: string[]): void {
  if (want instanceof RegExp) {
    if (typeof got !== 'string' || !want.test(got)) out.push(`${path} ${show(got)}, want ${show(want)}`);
    return;
  }
  if (!isDeepStrictEqual(got, want)) out.push(`${path} ${show(got)}, want ${show(want)}`);
}

function seenMismatch(where: string, got: Seen, want: Seen, out: string[]): void {
  for (const [key, value] of Object.entries(want)) {
    const nested = got[key] as Seen | undefined;
    if (PARTIAL.has(key) && typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
      if (typeof nested !== 'object' || nested === null) {
        out.push(`${where}.${key} ${show(nested)}, want ${show(value)}`);
        continue;
      }
      for (const [k, v] of Object.entries(value)) fieldMismatch(`${where}.${key}.${k}`, nested[k], v, out);
    } else {
      fieldMismatch(`${where}.${key}`, got[key], value, out);
    }
  }
}

// What every call must have, on every source: the right provider, an invocation id, the raw
// platform objects, and a CloudEvent view that is a valid CloudEvent.
function universal(where: string, got: Seen, provider: string, out: string[]): void {
  if (got.provider !== provider) out.push(`${where}: ctx.provider ${show(got.provider)}, want ${provider}`);
  if (got.invocationId !== true) out.push(`${where}: ctx.invocationId is empty`);
  if (got.ctxRaw !== true) out.push(`${where}: ctx.raw is missing`);
  if ('raw' in got && got.raw !== true) out.push(`${where}: raw is missing`);
  if ('source' in got && (typeof got.source !== 'string' || got.source === '')) out.push(`${where}: source is empty`);
  const ce = got.cloudEvent as Seen | undefined;
  if (ce && ce.valid !== true) out.push(`${where}: toCloudEvent() is not a valid CloudEvent (${show(ce)})`);
  if ('valid' in got && got.valid !== true) out.push(`${where}: the CloudEvent handed over is not valid`);
}

const DECIMAL = /^\d+$/;

function before(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && DECIMAL.test(a) && DECIMAL.test(b))
    return BigInt(a) < BigInt(b);
  return typeof a === typeof b && (a as string) < (b as string);
}

/**
 * Where `field` fails to strictly increase across the calls.
 *
 * @example
 * notIncreasing([{ sequence: '2' }, { sequence: '10' }], 'sequence') // []
 */
export function notIncreasing(seen: readonly Seen[], field: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < seen.length; i++) {
    const a = seen[i - 1]?.[field];
    const b = seen[i]?.[field];
    if (!before(a, b)) out.push(`${field} does not increase from call ${i - 1} to ${i}: ${show(a)} → ${show(b)}`);
  }
  return out;
}

/**
 * The expectation a limitation leaves: `seen` fields replaced per id.
 *
 * @example
 * limited(scenario.expect, { reason, seen: { m1: { attributes: {} } } })
 */
export function limited(expect: EventExpectation, limitation: EventLimitation): EventExpectation {
  const seen: Record<string, Seen> = { ...expect.seen };
  for (const [id, fields] of Object.entries(limitation.seen ?? {})) seen[id] = { ...seen[id], ...fields };
  if (!limitation.refused) return { ...expect, seen };
  return { ...expect, seen, refused: [...(expect.refused ?? []), ...limitation.refused] };
}

/**
 * Every way a delivery misses the expectation under `rule`; `provider` is what `ctx.provider` must be.
 *
 * @example
 * expect(verifyDelivery(delivered, input, scenario.expect, 'partial-batch', 'aws')).toEqual([])
 */
export function verifyDelivery(
  delivered: Delivered,
  input: EventInput,
  expect: EventExpectation,
  rule: SettleRule,
  provider: string,
): string[] {
  const items = itemsOf(input);
  const failing = new Set(expect.failing ?? []);
  const refused = new Set(expect.refused ?? []);
  const outcome = expectedOutcome(rule, items, failing, refused);
  const { report, seen } = delivered;
  const out = nothingLost(
    report,
    items.map((i) => i.id),
    new Set([...failing, ...refused]),
  );
  out.push(...sameSet('acknowledged', report.acknowledged, outcome.acknowledged));
  out.push(...sameSet('redelivered', report.redelivered, outcome.redelivered));
  if (seen.length !== outcome.called.length) {
    out.push(`handler called ${seen.length} times, want ${outcome.called.length} (${show(outcome.called)})`);
  }
  if (expect.increasing) out.push(...notIncreasing(seen, expect.increasing));
  outcome.called.forEach((id, i) => {
    const got = seen[i];
    if (!got) return;
    universal(`call ${i} (${id})`, got, provider, out);
    seenMismatch(`call ${i} (${id})`, got, expect.seen[id] ?? {}, out);
  });
  return out;
}
