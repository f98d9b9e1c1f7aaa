import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../src/capabilities.js';
import { claimsOf, factsOf, limitsOf, sourcedOn } from '../src/capabilities-walk.js';

const CHECKED = '2026-11-27';
const lim = (value: number, url = 'https://docs.example/limits') => ({
  value,
  unit: 'MB' as const,
  url,
  checked: CHECKED,
});
const fact = (text: string) => ({ text, url: 'https://docs.example/retry', checked: CHECKED });
const yes = (proof: string[]) => ({ level: 'supported' as const, proof });
const none = { level: 'unsupported' as const, reason: 'not offered' };
const noTrigger = { support: none, sources: [] };

const caps: Capabilities = {
  provider: 'aws',
  platform: 'Test Cloud',
  adapter: '@faasport/adapter-test',
  triggers: {
    http: {
      support: yes(['http.method.get']),
      sources: [{ id: 'front', name: 'Front door', support: yes(['http.method.get']) }],
    },
    queue: {
      support: yes(['queue.single.json']),
      sources: [
        { id: 'q', name: 'Queue', support: yes(['queue.single.json']) },
        {
          id: 'q-batch',
          name: 'Batch queue',
          support: { level: 'partial', proof: ['queue.batch.partial-failure'], note: 'whole batch' },
        },
      ],
    },
    topic: noTrigger,
    storage: noTrigger,
    schedule: noTrigger,
    stream: noTrigger,
    event: noTrigger,
  },
  http: {
    features: {
      methods: yes(['http.method.head']),
      'raw-query': yes(['http.query.repeated-keys']),
      'repeated-headers': yes(['http.headers.repeated-request']),
      'non-ascii-headers': yes(['http.headers.non-ascii']),
      'cookies-in': yes(['http.cookies.one-in']),
      'multiple-set-cookie': yes(['http.cookies.set-several']),
      'binary-request': yes(['http.body.image']),
      'binary-response': yes(['http.stream.binary']),
      'compressed-bodies': none,
      'fetch-apps': yes(['http.hono.query']),
      'error-masking': yes(['http.error.thrown']),
    },
    streaming: { support: yes(['http.stream.chunks']), requires: 'nothing' },
    maxRequest: lim(6),
    maxResponse: lim(6),
  },
  delivery: [
    {
      kind: 'queue',
      source: 'q',
      settle: 'partial-batch',
      failureIsolation: yes(['queue.batch.partial-failure']),
      ordering: none,
      retry: fact('retried'),
      deadLetter: fact('dead-lettered'),
    },
  ],
  limits: {
    plan: 'on demand',
    timeout: { http: { ...lim(900), unit: 's' }, event: { ...lim(900), unit: 's' } },
    memory: { min: lim(128), max: lim(10_240) },
    concurrencyPerInstance: { ...lim(1), unit: 'requests' },
    payload: { sync: lim(6), async: lim(1), event: lim(6) },
    packageSize: [lim(50), lim(250)],
    billingGranularity: { ...lim(1), unit: 'ms' },
    freeTier: [{ ...lim(1_000_000), unit: 'requests/month' }],
    coldStart: [fact('keep warm')],
  },
  context: {
    deadline: { support: yes(['http.context.signal-before-deadline']), from: 'the platform' },
    requestId: { support: yes(['queue.single.json']), from: 'request id' },
    trace: { support: none, from: 'nowhere' },
    raw: { support: yes(['http.context.provider-and-raw']), from: 'event' },
  },
};

describe('claimsOf', () => {
  const claims = claimsOf(caps);
  const byPath = new Map(claims.map((c) => [c.path, c]));

  it('lists every claim once, with a dotted path', () => {
    expect(claims).toHaveLength(7 + 3 + 11 + 1 + 2 + 4);
    expect(new Set(claims.map((c) => c.path)).size).toBe(claims.length);
  });

  it('scopes HTTP triggers and features to HTTP, event sources to their kind and source', () => {
    expect(byPath.get('triggers.http.front')?.scope).toEqual({ area: 'http' });
    expect(byPath.get('http.streaming')?.scope).toEqual({ area: 'http' });
    expect(byPath.get('triggers.queue')?.scope).toEqual({ area: 'event', kind: 'queue', sources: ['q', 'q-batch'] });
    expect(byPath.get('triggers.queue.q-batch')?.scope).toEqual({ area: 'event', kind: 'queue', sources: ['q-batch'] });
    expect(byPath.get('delivery.queue.q.failureIsolation')?.scope).toEqual({
      area: 'event',
      kind: 'queue',
      sources: ['q'],
    });
    expect(byPath.get('triggers.topic')?.scope).toEqual({ area: 'event', kind: 'topic', sources: [] });
  });

  it('lets context claims be proven by any scenario', () => {
    expect(byPath.get('context.requestId')?.scope).toEqual({ area: 'any' });
    expect(byPath.get('context.trace')?.claim).toEqual(none);
  });
});

describe('limitsOf and factsOf', () => {
  it('list every limit with its path', () => {
    const paths = limitsOf(caps).map(([path]) => path);
    expect(paths).toContain('limits.packageSize.1');
    expect(paths).toContain('limits.freeTier.0');
    expect(paths).toHaveLength(2 + 2 + 2 + 1 + 3 + 2 + 1 + 1);
  });

  it('list retry, dead-letter and cold-start facts', () => {
    expect(factsOf(caps).map(([path]) => path)).toEqual([
      'delivery.queue.q.retry',
      'delivery.queue.q.deadLetter',
      'limits.coldStart.0',
    ]);
  });
});

describe('sourcedOn', () => {
  it('stamps every limit and fact with the check date', () => {
    const { limit, fact } = sourcedOn('2026-11-27');
    expect(limit(900, 's', 'https://x.example/limits', { note: 'n' })).toEqual({
      value: 900,
      unit: 's',
      url: 'https://x.example/limits',
      checked: '2026-11-27',
      note: 'n',
    });
    expect(fact('retries twice', 'https://x.example/r')).toEqual({
      text: 'retries twice',
      url: 'https://x.example/r',
      checked: '2026-11-27',
    });
  });
});
