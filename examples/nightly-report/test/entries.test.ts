import { createLambdaContext } from '@faasport/adapter-aws/testing';
import { timerDelivery } from '@faasport/adapter-azure/testing';
import { toPubSubCloudEvent } from '@faasport/adapter-gcp/testing';
import type { CloudEvent } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it, vi } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { handler } from '../aws.js';
import { loadAzureEntry } from './helpers.js';

/** Lines the function wrote to stdout (where the Lambda and Cloud Run runtimes collect logs) while `run` ran. */
async function stdoutLines(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => chunks.push(String(chunk)) > 0);
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return chunks
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}

describe('entry files', () => {
  it('aws.ts: an EventBridge scheduled event of 13 January 2024 reports on 12 January 2024', async () => {
    // The Scheduled Event of the EventBridge docs (test/fixtures/aws/SOURCES.md), `time` 2024-01-13T03:00:00Z.
    const event = ownFixture<{ time: string }>('aws/schedule-eventbridge/scheduled-event.json');
    expect(event.time).toBe('2024-01-13T03:00:00Z');
    const lines = await stdoutLines(() => handler(event, createLambdaContext({ functionName: 'nightly-report' })));
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'INFO', message: 'daily report built', day: '2024-01-12' }),
    );
  });

  it('gcp.ts: registers a CloudEvent function for the Cloud Scheduler → Pub/Sub tick', async () => {
    await import('../gcp.js');
    const fn = getFunction('nightly-report') as (ce: CloudEvent) => Promise<unknown>;
    const tick = toPubSubCloudEvent({ id: 'tick-1', body: '', publishedAt: new Date('2023-01-01T03:00:00Z') });
    const lines = await stdoutLines(() => fn(tick));
    expect(lines).toContainEqual(
      expect.objectContaining({ severity: 'INFO', message: 'daily report built', day: '2022-12-31' }),
    );
  });

  it('azure.ts: registers a timer at 03:00 UTC (NCRONTAB, six fields) with a retry policy', async () => {
    const { binding, metadata, invoke } = await loadAzureEntry(() => import('../azure.js'), 'nightly-report');
    expect(binding).toMatchObject({ type: 'timerTrigger', schedule: '0 0 3 * * *' });
    // A failed timer run is not retried unless the function declares a policy.
    expect(metadata.retryOptions).toMatchObject({ strategy: 'fixedDelay', maxRetryCount: 3 });
    await expect(
      invoke(timerDelivery(new Date('2023-06-01T03:00:00Z'), { schedule: '0 0 3 * * *' })),
    ).resolves.toBeDefined();
  });
});
