import { toLambda } from '@faasport/adapter-aws';
import { createLambdaContext, toKinesisEvent } from '@faasport/adapter-aws/testing';
import type { EventTransport, StreamInput } from '@faasport/core/adapter';
import { afterAll, describe, expect, it } from 'vitest';
import type { Anomaly } from '../src/detector.js';
import { createLogStream } from '../src/log-stream.js';
import { aLine, allTransports, bytesRecord, documentRecord } from './helpers.js';

const t = (s: number) => new Date(Date.UTC(2024, 4, 1, 12, 0, s)).toISOString();
// Seven entries in order: three errors (a burst), a malformed one, three more errors (a second burst).
const lines = [
  aLine(t(0), 'error'),
  aLine(t(1), 'error'),
  aLine(t(2), 'error'),
  aLine(t(3), 'shouting'),
  aLine(t(4), 'error'),
  aLine(t(5), 'error'),
  aLine(t(6), 'error'),
];
const fixed = lines.map((l, i) => (i === 3 ? aLine(t(3), 'info') : l));
const ids = lines.map((_, i) => `e-${i + 1}`);
const asBytes = (entries: typeof lines) => entries.map((l, i) => bytesRecord(`e-${i + 1}`, [l]));
const asDocuments = (entries: typeof lines) => entries.map((l, i) => documentRecord(`e-${i + 1}`, l));

function scanner() {
  const found: (Anomaly & { recordId: string })[] = [];
  const def = createLogStream({ detector: { burstErrors: 3 }, sink: (a) => void found.push(a) });
  return { def, found };
}

const { aws, gcp, azure } = allTransports();
afterAll(() => Promise.all([aws.close(), gcp.close(), azure.close()]));

describe('log-stream on every cloud', () => {
  it('aws kinesis: stops at the malformed record and reports its sequence number; Lambda resumes there', async () => {
    const { def, found } = scanner();
    const report = await aws.deliver(def, { kind: 'stream', records: asBytes(lines) }, 'kinesis');
    expect(report.acknowledged).toEqual(ids.slice(0, 3));
    expect(report.redelivered).toEqual(ids.slice(3));
    const fourth = toKinesisEvent(asBytes(lines)).Records[3]?.kinesis.sequenceNumber;
    expect(report.results).toMatchObject([{ result: { batchItemFailures: [{ itemIdentifier: fourth }] } }]);
    // Only the first burst: the records after the failure were not scanned.
    expect(found).toMatchObject([{ kind: 'error-burst', errors: 3, recordId: expect.stringMatching(/:/) }]);
  });

  it('aws kinesis: the retry (from the failed record on, same sequence numbers) finds the second burst', async () => {
    const { def, found } = scanner();
    const handler = toLambda(def);
    await aws.deliver(def, { kind: 'stream', records: asBytes(lines) }, 'kinesis');
    // Lambda's retry starts at the reported record; the producer fixed nothing, so simulate a
    // readable record at that position: the same sequence numbers, the batch from position 3 on.
    const full = toKinesisEvent(asBytes(fixed));
    const retry = { Records: full.Records.slice(3) };
    const result = await handler(retry, createLambdaContext({ functionName: 'log-stream' }));
    expect(result).toEqual({ batchItemFailures: [] });
    expect(found.map((a) => a.kind)).toEqual(['error-burst', 'error-burst']);
  });

  it.each([
    ['event-hubs', asBytes],
    ['cosmos-db', asDocuments],
  ] as const)(
    'azure %s: the batch stops at the malformed record and comes back whole; the replay counts nothing twice',
    async (source, shape) => {
      const { def, found } = scanner();
      const first = await azure.deliver(def, { kind: 'stream', records: shape(lines) }, source);
      expect(first.acknowledged).toEqual([]);
      expect(first.redelivered).toEqual(ids);
      expect(found).toHaveLength(1);
      const again = await azure.deliver(def, { kind: 'stream', records: shape(fixed) }, source);
      expect(again.acknowledged).toEqual(ids);
      // e-1..e-3 were scanned already and are skipped: a third burst would mean double counting.
      expect(found.map((a) => a.kind)).toEqual(['error-burst', 'error-burst']);
    },
  );

  it('gcp firestore: each document change is its own event; only the malformed one is redelivered', async () => {
    const { def, found } = scanner();
    const report = await gcp.deliver(def, { kind: 'stream', records: asDocuments(lines) }, 'firestore');
    expect(report.acknowledged).toEqual([...ids.slice(0, 3), ...ids.slice(4)]);
    expect(report.redelivered).toEqual(['e-4']);
    expect(found.map((a) => [a.kind, a.recordId])).toEqual([
      ['error-burst', 'e-3'],
      ['error-burst', 'e-7'],
    ]);
  });

  const sources: [EventTransport, string, (e: typeof lines) => StreamInput[]][] = [
    [aws, 'kinesis', asBytes],
    [gcp, 'firestore', asDocuments],
    [azure, 'event-hubs', asBytes],
    [azure, 'cosmos-db', asDocuments],
  ];
  it.each(sources.map(([tr, source, shape]) => [`${tr.name} ${source}`, tr, source, shape] as const))(
    '%s: a clean stream is acknowledged whole and its bursts are found in order',
    async (_name, transport, source, shape) => {
      const { def, found } = scanner();
      const report = await transport.deliver(def, { kind: 'stream', records: shape(fixed) }, source);
      expect(report.acknowledged).toEqual(ids);
      expect(found.map((a) => a.kind === 'error-burst' && [a.from.toISOString(), a.to.toISOString()])).toEqual([
        [t(0), t(2)],
        [t(4), t(6)],
      ]);
    },
  );
});
