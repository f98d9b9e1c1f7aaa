import { createLambdaContext } from '@faasport/adapter-aws/testing';
import { blobDelivery } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport, toStorageCloudEvent } from '@faasport/adapter-gcp/testing';
import type { CloudEvent } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { handler } from '../aws.js';
import { mediaUploads } from '../src/uploads.js';
import { anUpload, loadAzureEntry } from './helpers.js';

// Own fixtures, written from the platforms' docs (see test/fixtures/*/SOURCES.md).
// biome-ignore lint/suspicious/noExplicitAny: fixture JSON read field by field
const fixture = (path: string) => ownFixture<any>(path);

/** Lines the function wrote to stdout (the Lambda runtime ships them to CloudWatch) while `run` ran. */
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

afterEach(() => vi.restoreAllMocks());

describe('entry files', () => {
  it('aws.ts: an S3 put of "a+b%2Bc.jpg" (form-encoded) starts a job for "a b+c.jpg"', async () => {
    const event = fixture('aws/storage-s3/object-created-put.json');
    expect(event.Records[0].s3.object.key).toBe('a+b%2Bc.jpg');
    const lines = await stdoutLines(() => handler(event, createLambdaContext({ functionName: 'media-uploads' })));
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'INFO', message: 'processing job started', key: 'a b+c.jpg' }),
    );
  });

  it('gcp.ts: registers a CloudEvent function for Cloud Storage events', async () => {
    await import('../gcp.js');
    const fn = getFunction('media-uploads') as (ce: CloudEvent) => Promise<unknown>;
    await expect(fn(toStorageCloudEvent(anUpload('g-1', 'gcp entry.png')))).resolves.toBeUndefined();
  });

  it('gcp: a Cloud Storage finalized event (binary mode) for a PDF is acknowledged and skipped', async () => {
    const { headers, body } = fixture('gcp/storage-gcs/finalized-binary.json');
    const lines: Record<string, unknown>[] = [];
    const server = await cloudFunctionTransport(mediaUploads, {
      logSink: (_level, line) => lines.push(JSON.parse(line)),
    });
    try {
      const res = await server.fetch(
        new Request('http://localhost/', { method: 'POST', headers, body: JSON.stringify(body) }),
      );
      expect(res.status).toBe(204);
    } finally {
      await server.close();
    }
    expect(lines).toContainEqual(
      expect.objectContaining({
        message: 'upload skipped: not-an-image',
        bucket: 'my-project-uploads',
        key: 'invoices/2024/May report.pdf',
      }),
    );
  });

  it('azure.ts: registers an Event Grid-based blob trigger on the uploads container', async () => {
    const { binding, invoke } = await loadAzureEntry(() => import('../azure.js'), 'media-uploads');
    expect(binding).toMatchObject({ type: 'blobTrigger', path: 'uploads/{name}', source: 'EventGrid' });
    await expect(invoke(blobDelivery(anUpload('a-1', 'azure entry.jpg')))).resolves.toBeDefined();
  });
});
