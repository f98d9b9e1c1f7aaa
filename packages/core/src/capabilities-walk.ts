// Walks a capability model: every claim with the scope its proof must come from, every limit and fact with its
// path, and the dated builders the adapters' tables are written with.
import type { Capabilities, Claim, ContextField, EventKind, Fact, Limit, LimitUnit } from './capabilities.js';

/** Where a claim sits, which decides which scenarios can prove it. */
export type ClaimScope =
  | { readonly area: 'http' }
  | { readonly area: 'event'; readonly kind: EventKind; readonly sources: readonly string[] }
  | { readonly area: 'any' };

/** One claim of a `Capabilities`, with its path and scope. */
export interface ClaimEntry {
  readonly path: string;
  readonly claim: Claim;
  readonly scope: ClaimScope;
}

const HTTP: ClaimScope = { area: 'http' };
const ANY: ClaimScope = { area: 'any' };

function triggerClaims(caps: Capabilities): ClaimEntry[] {
  return Object.entries(caps.triggers).flatMap(([kind, trigger]) => {
    const own = (ids: readonly string[]): ClaimScope =>
      kind === 'http' ? HTTP : { area: 'event', kind: kind as EventKind, sources: ids };
    return [
      { path: `triggers.${kind}`, claim: trigger.support, scope: own(trigger.sources.map((s) => s.id)) },
      ...trigger.sources.map((s) => ({ path: `triggers.${kind}.${s.id}`, claim: s.support, scope: own([s.id]) })),
    ];
  });
}

function deliveryClaims(caps: Capabilities): ClaimEntry[] {
  return caps.delivery.flatMap((d) => {
    const scope: ClaimScope = { area: 'event', kind: d.kind, sources: [d.source] };
    return [
      { path: `delivery.${d.kind}.${d.source}.failureIsolation`, claim: d.failureIsolation, scope },
      { path: `delivery.${d.kind}.${d.source}.ordering`, claim: d.ordering, scope },
    ];
  });
}

/**
 * Builders of sourced `Limit`s and `Fact`s that all carry the date the sources were checked.
 *
 * @example
 * const { limit, fact } = sourcedOn('2026-11-27')
 * limit(900, 's', 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html')
 */
export function sourcedOn(checked: string): {
  limit(value: Limit['value'], unit: LimitUnit, url: string, extra?: Partial<Limit>): Limit;
  fact(text: string, url: string): Fact;
} {
  return {
    limit: (value, unit, url, extra = {}) => ({ value, unit, url, checked, ...extra }),
    fact: (text, url) => ({ text, url, checked }),
  };
}

/**
 * Every claim of `caps`, with a dotted path and the scope its proof must come from.
 *
 * @example
 * claimsOf(capabilities).filter((c) => c.claim.level === 'supported').length
 */
export function claimsOf(caps: Capabilities): ClaimEntry[] {
  return [
    ...triggerClaims(caps),
    ...Object.entries(caps.http.features).map(([feature, claim]) => ({
      path: `http.${feature}`,
      claim,
      scope: HTTP,
    })),
    { path: 'http.streaming', claim: caps.http.streaming.support, scope: HTTP },
    ...deliveryClaims(caps),
    ...Object.entries(caps.context).map(([field, value]) => ({
      path: `context.${field}`,
      claim: (value as ContextField).support,
      scope: ANY,
    })),
  ];
}

/**
 * Every limit of `caps` with its dotted path (`limits.timeout.http`, `http.maxRequest`, `limits.freeTier.0`).
 *
 * @example
 * limitsOf(capabilities).every(([, l]) => l.url.startsWith('https://'))
 */
export function limitsOf(caps: Capabilities): [path: string, limit: Limit][] {
  const l = caps.limits;
  return [
    ['http.maxRequest', caps.http.maxRequest],
    ['http.maxResponse', caps.http.maxResponse],
    ['limits.timeout.http', l.timeout.http],
    ['limits.timeout.event', l.timeout.event],
    ['limits.memory.min', l.memory.min],
    ['limits.memory.max', l.memory.max],
    ['limits.concurrencyPerInstance', l.concurrencyPerInstance],
    ['limits.payload.sync', l.payload.sync],
    ['limits.payload.async', l.payload.async],
    ['limits.payload.event', l.payload.event],
    ...l.packageSize.map((p, i): [string, Limit] => [`limits.packageSize.${i}`, p]),
    ['limits.billingGranularity', l.billingGranularity],
    ...l.freeTier.map((p, i): [string, Limit] => [`limits.freeTier.${i}`, p]),
  ];
}

/**
 * Every documented fact of `caps` (retry and dead-letter rules, cold-start mitigations) with its path.
 *
 * @example
 * factsOf(capabilities).map(([path]) => path) // ['delivery.queue.sqs.retry', …]
 */
export function factsOf(caps: Capabilities): [path: string, fact: Fact][] {
  return [
    ...caps.delivery.flatMap((d): [string, Fact][] => [
      [`delivery.${d.kind}.${d.source}.retry`, d.retry],
      [`delivery.${d.kind}.${d.source}.deadLetter`, d.deadLetter],
    ]),
    ...caps.limits.coldStart.map((f, i): [string, Fact] => [`limits.coldStart.${i}`, f]),
  ];
}
