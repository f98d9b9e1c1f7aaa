// The capability claims of the three adapters, held to the conformance suites: every supported or
// partial claim names scenarios that exist and run against that adapter, every limit is sourced, and
// the declared sources and settle rules are the ones the event suite runs.
import { capabilities as aws } from '@faasport/adapter-aws/capabilities';
import { capabilities as azure } from '@faasport/adapter-azure/capabilities';
import { capabilities as gcp } from '@faasport/adapter-gcp/capabilities';
import { type Capabilities, type CloudProvider, claimsOf } from '@faasport/core/capabilities';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementProblems, type ProofWorld, proofProblems, sourceProblems } from './capability-proofs.js';
import { eventScenarios } from './conformance/event-scenarios.js';
import { SETTLE_RULES } from './conformance/event-settle.js';
import { eventTransportFactories } from './conformance/event-transports.js';
import { httpScenarios } from './conformance/http-scenarios.js';
import { transportFactories } from './conformance/transports.js';

const ALL: readonly Capabilities[] = [aws, gcp, azure];
const PROVIDERS: readonly CloudProvider[] = ['aws', 'gcp', 'azure'];
let world: ProofWorld;

beforeAll(async () => {
  const transports = eventTransportFactories.filter((f) => f.name !== 'local').map((f) => f.create());
  const eventSources = Object.fromEntries(transports.map((t) => [t.name, t.sources])) as ProofWorld['eventSources'];
  await Promise.all(transports.map((t) => t.close()));
  world = {
    http: new Map(httpScenarios.map((s) => [s.id, new Set(Object.keys(s.limitations ?? {}))])),
    httpTransports: Object.fromEntries(
      PROVIDERS.map((p) => [p, transportFactories.filter((f) => f.provider === p).map((f) => f.name)]),
    ) as unknown as ProofWorld['httpTransports'],
    events: new Map(
      eventScenarios.map((s) => [s.id, { kind: s.kind, limited: new Set(Object.keys(s.limitations ?? {})) }]),
    ),
    eventSources,
    settleRules: SETTLE_RULES,
  };
});

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const copy = (caps: Capabilities): Mutable<Capabilities> => structuredClone(caps) as Mutable<Capabilities>;

describe.each(ALL.map((c) => [c.provider, c] as const))('%s capabilities', (provider, caps) => {
  it('names its provider, and every trigger kind', () => {
    expect(caps.provider).toBe(provider);
    expect(Object.keys(caps.triggers).sort()).toEqual([
      'event',
      'http',
      'queue',
      'schedule',
      'storage',
      'stream',
      'topic',
    ]);
  });

  it('proves every supported or partial claim with scenarios that run against it', () => {
    expect(proofProblems(caps, world)).toEqual([]);
  });

  it('gives every limit and documented fact an https URL and an ISO check date', () => {
    expect(sourceProblems(caps)).toEqual([]);
  });

  it('describes every source its eventTransport builds, with the settle rule the event suite uses', () => {
    expect(agreementProblems(caps, world)).toEqual([]);
  });

  it('makes at least 40 proven claims', () => {
    const proven = claimsOf(caps).filter((c) => c.claim.level !== 'unsupported');
    expect(proven.length).toBeGreaterThanOrEqual(40);
  });
});

describe('a claim made unprovable fails the check', () => {
  it('when a supported claim names no scenario', () => {
    const caps = copy(aws);
    caps.http.features['fetch-apps'] = { level: 'supported', proof: [] };
    expect(proofProblems(caps, world)).toEqual(['aws http.fetch-apps: names no scenario']);
  });

  it('when a claim names a scenario that does not exist', () => {
    const caps = copy(gcp);
    caps.context.trace.support = { level: 'supported', proof: ['http.context.telepathy'] };
    expect(proofProblems(caps, world)).toEqual([
      'gcp context.trace: http.context.telepathy is not a conformance scenario',
    ]);
  });

  it('when a source claim names a scenario of another trigger kind', () => {
    const caps = copy(azure);
    caps.triggers.queue.sources[1]!.support = { level: 'supported', proof: ['stream.data.bytes'] };
    expect(proofProblems(caps, world)).toEqual([
      'azure triggers.queue.service-bus: stream.data.bytes is a stream scenario; the claim is about queue',
    ]);
  });

  it('when a claim names a source the adapter’s eventTransport does not build', () => {
    const caps = copy(gcp);
    caps.triggers.queue.sources.push({
      id: 'cloud-tasks',
      name: 'Cloud Tasks',
      support: { level: 'partial', proof: ['queue.single.json'], note: 'x' },
    });
    expect(proofProblems(caps, world)).toEqual([
      'gcp triggers.queue.cloud-tasks: queue.single.json does not run against gcp cloud-tasks: no such eventTransport source',
    ]);
  });

  it('when a supported claim rests on a scenario its source declares a limitation for', () => {
    const caps = copy(aws);
    caps.triggers.queue.sources[0]!.support = { level: 'supported', proof: ['queue.binary-body'] };
    expect(proofProblems(caps, world)).toEqual([
      'aws triggers.queue.sqs: queue.binary-body declares a limitation on sqs: the claim can be partial, not supported',
    ]);
  });

  it('when a supported HTTP claim is limited on every transport it names', () => {
    const caps = copy(aws);
    caps.http.features['multiple-set-cookie'] = {
      level: 'supported',
      proof: ['http.cookies.set-several'],
      via: ['aws:alb'],
    };
    expect(proofProblems(caps, world)).toEqual([
      'aws http.multiple-set-cookie: http.cookies.set-several declares a limitation on aws:alb: the claim can be partial, not supported',
    ]);
  });

  it('when a limit has no https URL or no ISO date, or a settle rule disagrees with the event suite', () => {
    const caps = copy(azure);
    caps.limits.memory.max = { ...caps.limits.memory.max, url: 'http://example.com', checked: '27/11/2026' };
    const sqs = caps.delivery.find((d) => d.source === 'service-bus-many')!;
    sqs.settle = 'partial-batch';
    expect(sourceProblems(caps)).toEqual([
      'azure limits.memory.max: url "http://example.com" is not https',
      'azure limits.memory.max: checked "27/11/2026" is not an ISO date',
    ]);
    expect(agreementProblems(caps, world)).toEqual([
      "azure:service-bus-many: settles 'partial-batch', the event suite says 'whole-batch'",
    ]);
  });
});
