// POST /_faasport/<name>: normalized events through each provider and the refusals (400) that name the problem.
// Every own fixture / corpus file fired natively: test/own-fixtures/cli-native.test.ts and test/corpus/cli-native.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import type { DevServer } from '../../src/dev/server.js';
import { devServer, fire, takeSeen } from './helpers.js';

const servers = new Map<string, DevServer>();
beforeAll(async () => {
  for (const as of ['local', 'aws', 'gcp', 'azure'] as const) servers.set(as, (await devServer({ as })).dev);
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((d) => d.close()));
});
const server = (as: string) => servers.get(as) as DevServer;

const messages = {
  kind: 'message',
  messages: [
    { id: 'm1', body: { sku: 'A' }, attributes: { origin: 'test' } },
    { id: 'm2', body: 'please fail' },
    { id: 'm3', body: 'fine' },
  ],
};

describe('normalized events', () => {
  it.each(['local', 'aws', 'gcp', 'azure'])(
    'a queue batch through %s: one call per message, the failure redelivered',
    async (as) => {
      takeSeen();
      const { status, json } = await fire(server(as), 'orders', messages);
      expect(status).toBe(200);
      expect(json).toMatchObject({ function: 'orders', provider: as, outcome: 'partial', redelivered: ['m2'] });
      expect([...(json.acknowledged as string[])].sort()).toEqual(['m1', 'm3']);
      const seen = takeSeen();
      expect(seen.map((s) => s.id)).toEqual(['m1', 'm2', 'm3']);
      expect(seen[0]).toMatchObject({ provider: as, text: '{"sku":"A"}' });
      // Azure Storage Queue messages carry no attributes; the others keep them.
      expect(seen[0]?.attributes).toEqual(as === 'azure' ? {} : { origin: 'test' });
    },
  );

  it('AWS: batchItemFailures are in the answer; ?source=sqs-fifo stops the group at the failure', async () => {
    const std = await fire(server('aws'), 'orders', messages);
    expect(std.json.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    const fifo = await fire(
      server('aws'),
      'orders',
      { kind: 'message', messages: messages.messages.map((m) => ({ ...m, groupId: 'g1' })) },
      'sqs-fifo',
    );
    expect(fifo.json).toMatchObject({ via: 'aws sqs-fifo', acknowledged: ['m1'], redelivered: ['m2', 'm3'] });
  });

  it('a stream stops at the first failed record; the rest come back (local and aws)', async () => {
    const records = {
      kind: 'stream',
      records: [
        { id: 'r1', partitionKey: 'p', data: 'ok' },
        { id: 'r2', partitionKey: 'p', data: 'fail here' },
        { id: 'r3', partitionKey: 'p', data: 'never run' },
      ],
    };
    for (const as of ['local', 'aws']) {
      takeSeen();
      const { json } = await fire(server(as), 'changes', records);
      expect(json).toMatchObject({ outcome: 'partial', acknowledged: ['r1'], redelivered: ['r2', 'r3'] });
      expect(takeSeen().map((s) => s.data)).toEqual(['ok', 'fail here']);
    }
  });

  it('storage, schedule and CloudEvents reach their handlers with the normalized fields', async () => {
    takeSeen();
    const storage = { kind: 'storage', events: [{ id: 'o1', kind: 'created', bucket: 'b', key: 'a b.txt', size: 3 }] };
    expect((await fire(server('aws'), 'uploads', storage)).json.outcome).toBe('ok');
    expect((await fire(server('azure'), 'nightly', { kind: 'schedule', time: '2026-01-01T03:00:00Z' })).status).toBe(
      200,
    );
    const ce = { specversion: '1.0', id: 'e1', source: '/x', type: 'com.example.made', data: { a: 1 } };
    expect((await fire(server('gcp'), 'audit', { kind: 'event', events: [ce] })).json.outcome).toBe('ok');
    const seen = takeSeen();
    expect(seen[0]).toMatchObject({
      fn: 'uploads',
      provider: 'aws',
      kind: 'created',
      bucket: 'b',
      key: 'a b.txt',
      size: 3,
    });
    expect(seen[1]).toMatchObject({ fn: 'nightly', provider: 'azure' });
    expect(seen[2]).toMatchObject({ fn: 'audit', provider: 'gcp', id: 'e1', type: 'com.example.made' });
  });
});

describe('refusals: 400 naming the problem', () => {
  it('a Kinesis batch to a queue function', async () => {
    const kinesis = ownFixture('aws/stream-kinesis/two-records.json');
    const { status, json } = await fire(server('azure'), 'orders', kinesis);
    expect(status).toBe(400);
    expect(json.error?.message).toBe(
      "orders is a 'queue' definition; a Kinesis batch (aws) goes to 'stream' definitions",
    );
  });

  it('normalized input of the wrong kind, a bad field, a source the provider lacks, and GCP data streams', async () => {
    const wrong = await fire(server('local'), 'orders', { kind: 'stream', records: [{ id: '1', partitionKey: 'p' }] });
    expect(wrong.json.error?.message).toBe("orders is a 'queue' definition; it takes 'message' events, not 'stream'");
    const bad = await fire(server('local'), 'orders', { kind: 'message', messages: [{ body: 'x' }] });
    expect(bad.json.error?.message).toMatch(/messages\[0\]\.id must be a non-empty string/);
    const source = await fire(server('gcp'), 'orders', messages, 'sqs');
    expect(source.status).toBe(400);
    expect(source.json.error?.message).toMatch(/gcp cannot deliver 'sqs' to orders .* it has pubsub, pubsub-push/);
    const stream = await fire(server('gcp'), 'changes', {
      kind: 'stream',
      records: [{ id: '1', partitionKey: 'p', data: 'x' }],
    });
    expect(stream.json.error?.message).toMatch(/gcp has no data stream/);
  });

  it('not JSON, unrecognized JSON, an http function, an unknown name (404), a body over the cap (413)', async () => {
    expect((await fire(server('local'), 'orders', '{nope')).json.error?.message).toMatch(/not JSON/);
    const odd = await fire(server('local'), 'orders', { hello: 'world' });
    expect(odd.status).toBe(400);
    expect(odd.json.error?.message).toMatch(/neither a normalized event .* \(got hello\)/);
    const http = await fire(server('local'), 'api', messages);
    expect(http.json.error?.message).toMatch(/'http' definition: send HTTP requests to its route/);
    const missing = await fire(server('local'), 'nope', messages);
    expect(missing.status).toBe(404);
    expect(missing.json.error?.message).toBe(
      'no export named "nope"; exports: admin, alerts, api, audit, changes, nightly, orders, uploads',
    );
    const big = await fire(server('local'), 'orders', {
      kind: 'message',
      messages: [{ id: '1', body: 'x'.repeat(7 * 1024 * 1024) }],
    });
    expect(big.status).toBe(413);
  });
});
