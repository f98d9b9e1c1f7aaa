// Holds every capability claim to the conformance scenarios it names: a supported or partial claim
// must name scenarios that exist and run against that adapter (and, for `supported`, run there
// without a declared limitation). Pure functions over a `ProofWorld`, so a test can show each rule fail.
import {
  type Capabilities,
  type ClaimEntry,
  type CloudProvider,
  claimsOf,
  type EventKind,
  factsOf,
  limitsOf,
  type SettleRule,
} from '@faasport/core/capabilities';

/** What the conformance suites run: scenario ids, where they are limited, which transports and sources exist. */
export interface ProofWorld {
  /** HTTP scenario id → transport names (`aws:alb`) that declare a limitation for it. */
  readonly http: ReadonlyMap<string, ReadonlySet<string>>;
  /** HTTP transport names per provider. */
  readonly httpTransports: Readonly<Record<CloudProvider, readonly string[]>>;
  /** Event scenario id → its kind and the source keys (`aws:sqs`) that declare a limitation for it. */
  readonly events: ReadonlyMap<string, { readonly kind: EventKind; readonly limited: ReadonlySet<string> }>;
  /** The sources each provider's eventTransport builds, by kind. */
  readonly eventSources: Readonly<Record<CloudProvider, Readonly<Partial<Record<EventKind, readonly string[]>>>>>;
  /** The settle rule of every `<provider>:<source>` the event suite runs. */
  readonly settleRules: Readonly<Record<string, SettleRule>>;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function httpProof(entry: ClaimEntry, id: string, caps: Capabilities, world: ProofWorld): string[] {
  const limited = world.http.get(id)!;
  const where = `${caps.provider} ${entry.path}: ${id}`;
  if (entry.scope.area === 'event')
    return [`${where} is an HTTP scenario; the claim is about ${entry.scope.kind} events`];
  const own = world.httpTransports[caps.provider];
  const via = entry.claim.level === 'unsupported' ? undefined : entry.claim.via;
  const strangers = (via ?? []).filter((t) => !own.includes(t));
  if (strangers.length) return [`${where} via ${strangers.join(', ')}: not a transport of ${caps.provider}`];
  const candidates = via ?? own;
  if (entry.claim.level === 'supported' && candidates.every((t) => limited.has(t))) {
    return [`${where} declares a limitation on ${candidates.join(', ')}: the claim can be partial, not supported`];
  }
  return [];
}

function eventProof(entry: ClaimEntry, id: string, caps: Capabilities, world: ProofWorld): string[] {
  const scenario = world.events.get(id)!;
  const where = `${caps.provider} ${entry.path}: ${id}`;
  if (entry.scope.area === 'http') return [`${where} is an event scenario; the claim is about HTTP`];
  if (entry.scope.area === 'event' && entry.scope.kind !== scenario.kind) {
    return [`${where} is a ${scenario.kind} scenario; the claim is about ${entry.scope.kind}`];
  }
  const built = world.eventSources[caps.provider][scenario.kind] ?? [];
  const wanted = entry.scope.area === 'event' ? entry.scope.sources : built;
  const candidates = wanted.filter((s) => built.includes(s));
  if (!candidates.length) {
    return [
      `${where} does not run against ${caps.provider} ${wanted.join(', ') || scenario.kind}: no such eventTransport source`,
    ];
  }
  if (entry.claim.level === 'supported' && candidates.every((s) => scenario.limited.has(`${caps.provider}:${s}`))) {
    return [`${where} declares a limitation on ${candidates.join(', ')}: the claim can be partial, not supported`];
  }
  return [];
}

/**
 * Every way a claim of `caps` is not proven by the scenarios it names; `[]` when all are.
 *
 * @example
 * expect(proofProblems(capabilities, world)).toEqual([])
 */
export function proofProblems(caps: Capabilities, world: ProofWorld): string[] {
  return claimsOf(caps).flatMap((entry) => {
    if (entry.claim.level === 'unsupported')
      return entry.claim.reason ? [] : [`${caps.provider} ${entry.path}: no reason`];
    if (entry.claim.level === 'partial' && !entry.claim.note)
      return [`${caps.provider} ${entry.path}: partial without a note`];
    if (!entry.claim.proof.length) return [`${caps.provider} ${entry.path}: names no scenario`];
    return entry.claim.proof.flatMap((id) => {
      if (world.http.has(id)) return httpProof(entry, id, caps, world);
      if (world.events.has(id)) return eventProof(entry, id, caps, world);
      return [`${caps.provider} ${entry.path}: ${id} is not a conformance scenario`];
    });
  });
}

/**
 * Every limit or documented fact of `caps` without an https URL or an ISO check date.
 *
 * @example
 * expect(sourceProblems(capabilities)).toEqual([])
 */
export function sourceProblems(caps: Capabilities): string[] {
  const entries: [string, { url: string; checked: string }][] = [...limitsOf(caps), ...factsOf(caps)];
  return entries.flatMap(([path, item]) => {
    const out: string[] = [];
    if (!/^https:\/\/[^\s]+$/.test(item.url))
      out.push(`${caps.provider} ${path}: url ${JSON.stringify(item.url)} is not https`);
    const date = new Date(`${item.checked}T00:00:00Z`);
    if (
      !ISO_DATE.test(item.checked) ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== item.checked
    ) {
      out.push(`${caps.provider} ${path}: checked ${JSON.stringify(item.checked)} is not an ISO date`);
    }
    return out;
  });
}

/**
 * Where `caps` and the event suite disagree: a source the eventTransport builds that capabilities do not
 * describe, or describe with another settle rule; a delivery entry for a source the triggers lack.
 *
 * @example
 * expect(agreementProblems(capabilities, world)).toEqual([])
 */
export function agreementProblems(caps: Capabilities, world: ProofWorld): string[] {
  const out: string[] = [];
  const built = world.eventSources[caps.provider];
  for (const [kind, sources] of Object.entries(built) as [EventKind, readonly string[]][]) {
    const declared = caps.triggers[kind].sources.map((s) => s.id);
    for (const source of sources) {
      const key = `${caps.provider}:${source}`;
      if (!declared.includes(source)) out.push(`${key}: the ${kind} eventTransport source is not in triggers.${kind}`);
      const delivery = caps.delivery.find((d) => d.kind === kind && d.source === source);
      if (!delivery) out.push(`${key}: no delivery semantics for ${kind}`);
      else if (delivery.settle !== world.settleRules[key]) {
        out.push(`${key}: settles '${delivery.settle}', the event suite says '${world.settleRules[key]}'`);
      }
    }
  }
  for (const d of caps.delivery) {
    if (!caps.triggers[d.kind].sources.some((s) => s.id === d.source)) {
      out.push(`${caps.provider}:${d.source}: delivery for ${d.kind} names a source triggers.${d.kind} lacks`);
    }
  }
  return out;
}
