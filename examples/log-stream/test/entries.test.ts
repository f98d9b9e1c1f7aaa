import { createLambdaContext } from '@faasport/adapter-aws/testing';
import { eventHubsDelivery } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport, toFirestoreCloudEvent } from '@faasport/adapter-gcp/testing';
import type { CloudEvent } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { handler } from '../aws.js';
import { logStream } from '../src/log-stream.js';
import { aLine, bytesRecord, documentRecord, loadAzureEntry } from './helpers.js';

// Own fixtures, written from the platforms' docs (see test/fixtures/*/SOURCES.md).
// biome-ignore lint/suspicious/noExplicitAny: fixture JSON read field by field
const fixture = (path: string) => ownFixture<any>(path);
const T = '2024-05-01T12:00:00.000Z';

describe('entry files', () => {
  it('aws.ts: a Kinesis batch of no log lines stops at its first record, reported by sequence number', async () => {
    const event = fixture('aws/stream-kinesis/two-records.json');
    const result = await handler(event, createLambdaContext({ functionName: 'log-stream' }));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: event.Records[0].kinesis.sequenceNumber }] });
  });

  it('gcp.ts: registers a CloudEvent function for Firestore document changes', async () => {
    await import('../gcp.js');
    const fn = getFunction('log-stream') as (ce: CloudEvent) => Promise<unknown>;
    await expect(fn(toFirestoreCloudEvent(documentRecord('d-1', aLine(T, 'info'))))).resolves.toBeUndefined();
    // A failed CloudEvent function rejects with the adapter's generic EventFailedError; what was thrown is its cause.
    await expect(fn(toFirestoreCloudEvent(documentRecord('d-2', aLine(T, 'loud'))))).rejects.toMatchObject({
      message: 'Internal Server Error',
      cause: expect.objectContaining({ message: expect.stringContaining('level "loud" is not a level') }),
    });
  });

  it('gcp: a Firestore "written" event (structured mode) whose document is no log entry is refused', async () => {
    const ce = fixture('gcp/event-firestore/written-structured.json');
    const server = await cloudFunctionTransport(logStream, { logSink: () => {} });
    try {
      const res = await server.fetch(
        new Request('http://localhost/', {
          method: 'POST',
          headers: { 'content-type': 'application/cloudevents+json' },
          body: JSON.stringify(ce),
        }),
      );
      expect(res.status).toBeGreaterThanOrEqual(400);
    } finally {
      await server.close();
    }
  });

  it('azure.ts: registers an Event Hubs trigger (batches, retry policy) that fails a batch with a bad record', async () => {
    const { binding, metadata, invoke } = await loadAzureEntry(() => import('../azure.js'), 'log-stream');
    expect(binding).toMatchObject({ type: 'eventHubTrigger', eventHubName: 'logs', cardinality: 'many' });
    // Without a retry policy a failed batch is not redelivered: the checkpoint moves on.
    expect(metadata.retryOptions).toMatchObject({ strategy: 'fixedDelay', maxRetryCount: 5 });
    const good = [bytesRecord('r-1', [aLine(T, 'info')]), bytesRecord('r-2', [aLine(T, 'warn')])];
    await expect(invoke(eventHubsDelivery(good, { eventHubName: 'logs' }))).resolves.toBeDefined();
    const bad = [bytesRecord('r-3', [aLine(T, 'info')]), bytesRecord('r-4', ['not json'])];
    await expect(invoke(eventHubsDelivery(bad, { eventHubName: 'logs', firstSequence: 3 }))).rejects.toThrow(
      /Event Hubs batch/,
    );
  });
});
