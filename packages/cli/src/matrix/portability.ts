// "Can I move this app to another cloud?": each exported definition judged against each provider's
// capabilities. Nothing here is written per case: verdicts come from claim levels, settle rules and
// limits, and the notes are the capabilities' own.
import type { Definition, DefinitionKind } from '@faasport/core';
import type { Capabilities, Claim, CloudProvider, Limit } from '@faasport/core/capabilities';
import { SETTLE_TEXT } from './cells.js';

/** How well a definition fits a provider. */
export type Verdict = 'full' | 'degraded' | 'impossible';

/** How a definition fits one native source. */
export interface SourceFit {
  readonly source: string;
  readonly verdict: Verdict;
  readonly notes: readonly string[];
}

/** How a definition fits a provider: the verdict, through the best source, and every source's fit. */
export interface DefinitionFit {
  readonly name: string;
  readonly kind: DefinitionKind;
  readonly verdict: Verdict;
  readonly notes: readonly string[];
  readonly via?: SourceFit;
  readonly sources: readonly SourceFit[];
}

/** One provider's part of the report. */
export interface ProviderReport {
  readonly provider: CloudProvider;
  readonly platform: string;
  readonly definitions: readonly DefinitionFit[];
}

const RANK: Readonly<Record<Verdict, number>> = { full: 0, degraded: 1, impossible: 2 };
const worst = (verdicts: readonly Verdict[]): Verdict =>
  verdicts.reduce<Verdict>((a, b) => (RANK[b] > RANK[a] ? b : a), 'full');

function judge(claim: Claim, what = ''): { verdict: Verdict; notes: string[] } {
  const prefix = what ? `${what}: ` : '';
  if (claim.level === 'supported') return { verdict: 'full', notes: [] };
  if (claim.level === 'partial') return { verdict: 'degraded', notes: [prefix + claim.note] };
  return { verdict: 'impossible', notes: [prefix + claim.reason] };
}

// A handler that builds a stream in its own body says so in its source; one built in a helper is not seen.
const STREAM_MARKERS = /ReadableStream|TransformStream|streamSSE|streamText|\bstream\(/;

/**
 * Whether an HTTP definition's handler visibly streams its response (read from the handler's source).
 *
 * @example
 * streams(http(() => new Response(new ReadableStream()))) // true
 */
export function streams(def: Definition): boolean {
  return def.kind === 'http' && STREAM_MARKERS.test(def.fetch.toString());
}

function timeoutNotes(def: Definition, limit: Limit): { verdict: Verdict; notes: string[] } {
  const t = def.options.timeoutSeconds;
  if (t === undefined || typeof limit.value !== 'number' || t <= limit.value) return { verdict: 'full', notes: [] };
  const why = limit.note ? ` (${limit.note})` : '';
  return {
    verdict: 'impossible',
    notes: [`timeoutSeconds ${t} exceeds the ${limit.value} ${limit.unit} maximum${why}`],
  };
}

function definitionNotes(def: Definition, caps: Capabilities): { verdict: Verdict; notes: string[] } {
  const parts = [
    judge(caps.triggers[def.kind].support, def.kind),
    timeoutNotes(def, def.kind === 'http' ? caps.limits.timeout.http : caps.limits.timeout.event),
  ];
  if (def.options.timeoutSeconds === undefined && caps.context.deadline.support.level !== 'supported') {
    parts.push(judge(caps.context.deadline.support, 'ctx.signal'));
  }
  if (streams(def)) {
    const s = judge(caps.http.streaming.support, 'streaming');
    parts.push({
      verdict: s.verdict === 'impossible' ? 'degraded' : s.verdict,
      notes: s.notes.length ? [...s.notes, `streaming needs ${caps.http.streaming.requires}`] : [],
    });
  }
  return { verdict: worst(parts.map((p) => p.verdict)), notes: parts.flatMap((p) => p.notes) };
}

function sourceFits(def: Definition, caps: Capabilities): SourceFit[] {
  return caps.triggers[def.kind].sources.map((s) => {
    const parts = [judge(s.support)];
    const delivery = caps.delivery.find((d) => d.kind === def.kind && d.source === s.id);
    if (delivery) {
      parts.push(judge(delivery.failureIsolation, 'on failure'));
      if (def.kind === 'stream') parts.push(judge(delivery.ordering, 'order'));
    }
    const verdict = worst(parts.map((p) => p.verdict));
    // The settle rule is worth saying when nothing above already explains how a failure is handled.
    const settle =
      delivery && verdict === 'full' && delivery.settle !== 'per-message' ? [SETTLE_TEXT[delivery.settle]] : [];
    return { source: s.name, verdict, notes: [...new Set(parts.flatMap((p) => p.notes))].concat(settle) };
  });
}

function fit(name: string, def: Definition, caps: Capabilities): DefinitionFit {
  const own = definitionNotes(def, caps);
  const sources = sourceFits(def, caps);
  const via = [...sources].sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || a.notes.length - b.notes.length)[0];
  const verdict = worst([own.verdict, via?.verdict ?? 'impossible']);
  const notes = via ? own.notes : [...own.notes, `no ${def.kind} source`];
  return { name, kind: def.kind, verdict, notes, sources, ...(via ? { via } : {}) };
}

/**
 * Judges every definition against every provider.
 *
 * @example
 * portability((await loadEntry('examples/orders-queue/src/orders.ts')).definitions, providerCapabilities())
 */
export function portability(
  definitions: ReadonlyMap<string, Definition>,
  all: readonly Capabilities[],
): ProviderReport[] {
  return all.map((caps) => ({
    provider: caps.provider,
    platform: caps.platform,
    definitions: [...definitions].map(([name, def]) => fit(name, def, caps)),
  }));
}
