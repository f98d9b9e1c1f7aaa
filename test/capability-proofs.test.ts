// The proof rules on a small, made-up world, so each rule is seen to fail on its own.
import { capabilities as aws } from '@faasport/adapter-aws/capabilities';
import type { Capabilities } from '@faasport/core/capabilities';
import { describe, expect, it } from 'vitest';
import { agreementProblems, type ProofWorld, proofProblems, sourceProblems } from './capability-proofs.js';

const world: ProofWorld = {
  http: new Map([
    ['http.ok', new Set<string>()],
    ['http.alb-limited', new Set(['aws:alb'])],
  ]),
  httpTransports: { aws: ['aws:apigw-v2', 'aws:alb'], gcp: ['gcp'], azure: ['azure'] },
  events: new Map([
    ['queue.ok', { kind: 'queue' as const, limited: new Set<string>() }],
    ['queue.sqs-limited', { kind: 'queue' as const, limited: new Set(['aws:sqs']) }],
  ]),
  eventSources: { aws: { queue: ['sqs'] }, gcp: {}, azure: {} },
  settleRules: { 'aws:sqs': 'partial-batch' },
};

const none = { level: 'unsupported', reason: 'n/a' } as const;
const empty = { support: none, sources: [] };
const base: Capabilities = {
  ...aws,
  triggers: {
    http: { support: { level: 'supported', proof: ['http.ok'] }, sources: [] },
    queue: {
      support: { level: 'supported', proof: ['queue.ok'] },
      sources: [{ id: 'sqs', name: 'SQS', support: { level: 'supported', proof: ['queue.ok'] } }],
    },
    topic: empty,
    storage: empty,
    schedule: empty,
    stream: empty,
    event: empty,
  },
  http: {
    ...aws.http,
    features: Object.fromEntries(
      Object.keys(aws.http.features).map((k) => [k, none]),
    ) as unknown as Capabilities['http']['features'],
    streaming: { support: none, requires: '' },
  },
  delivery: [{ ...aws.delivery[0]!, failureIsolation: { level: 'supported', proof: ['queue.ok'] }, ordering: none }],
  context: {
    deadline: { support: none, from: '' },
    requestId: { support: { level: 'supported', proof: ['queue.ok', 'http.ok'] }, from: '' },
    trace: { support: none, from: '' },
    raw: { support: none, from: '' },
  },
};

const withHttp = (claim: Capabilities['http']['streaming']['support']): Capabilities => ({
  ...base,
  http: { ...base.http, streaming: { support: claim, requires: '' } },
});

describe('proofProblems', () => {
  it('accepts claims whose scenarios run against the adapter', () => {
    expect(proofProblems(base, world)).toEqual([]);
  });

  it('refuses an HTTP scenario as proof of an event claim, and the other way round', () => {
    const caps = {
      ...base,
      delivery: [{ ...base.delivery[0]!, ordering: { level: 'supported', proof: ['http.ok'] } as const }],
    };
    expect(proofProblems(caps, world)).toEqual([
      'aws delivery.queue.sqs.ordering: http.ok is an HTTP scenario; the claim is about queue events',
    ]);
    expect(proofProblems(withHttp({ level: 'supported', proof: ['queue.ok'] }), world)).toEqual([
      'aws http.streaming: queue.ok is an event scenario; the claim is about HTTP',
    ]);
  });

  it('refuses a via transport of another provider', () => {
    expect(proofProblems(withHttp({ level: 'supported', proof: ['http.ok'], via: ['gcp'] }), world)).toEqual([
      'aws http.streaming: http.ok via gcp: not a transport of aws',
    ]);
  });

  it('accepts a limited scenario for a partial claim, and a supported one if some transport is unlimited', () => {
    expect(
      proofProblems(withHttp({ level: 'partial', proof: ['http.alb-limited'], note: 'one cookie' }), world),
    ).toEqual([]);
    expect(proofProblems(withHttp({ level: 'supported', proof: ['http.alb-limited'] }), world)).toEqual([]);
  });

  it('needs a note on partial and a reason on unsupported', () => {
    expect(proofProblems(withHttp({ level: 'partial', proof: ['http.ok'], note: '' }), world)).toEqual([
      'aws http.streaming: partial without a note',
    ]);
    expect(proofProblems(withHttp({ level: 'unsupported', reason: '' }), world)).toEqual([
      'aws http.streaming: no reason',
    ]);
  });
});

describe('sourceProblems', () => {
  it('accepts the real AWS capabilities and refuses an impossible date', () => {
    expect(sourceProblems(aws)).toEqual([]);
    const caps = { ...aws, http: { ...aws.http, maxRequest: { ...aws.http.maxRequest, checked: '2026-02-30' } } };
    expect(sourceProblems(caps)).toEqual(['aws http.maxRequest: checked "2026-02-30" is not an ISO date']);
  });
});

describe('agreementProblems', () => {
  it('notices a transport source missing from the triggers and its delivery', () => {
    const caps = {
      ...base,
      triggers: { ...base.triggers, queue: { ...base.triggers.queue, sources: [] } },
      delivery: [],
    };
    expect(agreementProblems(caps, world)).toEqual([
      'aws:sqs: the queue eventTransport source is not in triggers.queue',
      'aws:sqs: no delivery semantics for queue',
    ]);
  });

  it('notices delivery semantics for a source the triggers lack', () => {
    const caps = { ...base, delivery: [...base.delivery, { ...base.delivery[0]!, source: 'kafka' }] };
    expect(agreementProblems(caps, world)).toEqual([
      'aws:kafka: delivery for queue names a source triggers.queue lacks',
    ]);
  });
});
