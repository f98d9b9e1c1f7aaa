// The same native event delivered by another provider: read by its own adapter, delivered again.
import { event, queue, schedule, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { Deliverer } from '../../src/dev/deliverer.js';
import { EventRefusedError } from '../../src/dev/errors.js';

describe('Deliverer', () => {
  it('an SQS batch through GCP: each message posted as Pub/Sub to the Functions Framework', async () => {
    const seen: { provider: string; id: string; text: string }[] = [];
    const orders = queue((msg, ctx) => void seen.push({ provider: ctx.provider, id: msg.id, text: msg.text() }));
    const sqs = ownFixture<{ Records: { messageId: string; body: string }[] }>(
      'aws/queue-sqs/standard-batch-of-two.json',
    );
    const deliverer = new Deliverer('gcp');
    try {
      const result = await deliverer.fire('orders', orders, sqs);
      expect(result).toMatchObject({ provider: 'gcp', via: 'gcp pubsub', outcome: 'ok' });
      expect(seen.map((s) => [s.provider, s.id, s.text])).toEqual(sqs.Records.map((r) => ['gcp', r.messageId, r.body]));
    } finally {
      await deliverer.close();
    }
  });

  it('a Pub/Sub push body through AWS (as SQS) and Azure (as a storage queue message), bytes intact', async () => {
    const bodies: string[] = [];
    const orders = queue((msg) => void bodies.push(Buffer.from(msg.body).toString('base64')));
    const push = ownFixture<{ message: { data: string } }>('gcp/queue-pubsub/push-all-values.json');
    for (const provider of ['aws', 'azure'] as const) {
      const deliverer = new Deliverer(provider);
      try {
        expect((await deliverer.fire('orders', orders, push)).outcome).toBe('ok');
      } finally {
        await deliverer.close();
      }
    }
    expect(bodies).toEqual([push.message.data, push.message.data]);
  });

  it('an S3 notification, an Azure timer tick and an EventBridge event through the other clouds', async () => {
    const keys: string[] = [];
    const uploads = storage((ev) => void keys.push(`${ev.bucket}/${ev.key}`));
    const times: string[] = [];
    const nightly = schedule(
      '0 3 * * *',
      (ev, ctx) => void times.push(`${ctx.provider} ${ev.scheduledTime.toISOString()}`),
    );
    const types: string[] = [];
    const audit = event((ce) => void types.push(ce.type));
    // The key is URL-encoded with '+' for a space (a+b%2Bc.jpg is "a b+c.jpg"): the neutral event has it decoded.
    const s3 = ownFixture<{ Records: { s3: { bucket: { name: string }; object: { key: string } } }[] }>(
      'aws/storage-s3/object-created-put.json',
    );
    const timer = ownFixture<{ input: { scheduleStatus: { next: string } } }>('azure/schedule-timer/tick.json');
    const gcp = new Deliverer('gcp');
    const aws = new Deliverer('aws');
    try {
      expect((await gcp.fire('uploads', uploads, s3)).via).toBe('gcp gcs');
      expect((await aws.fire('nightly', nightly, timer)).via).toBe('aws eventbridge-schedule');
      expect((await gcp.fire('audit', audit, ownFixture('aws/event-eventbridge/custom-event.json'))).via).toBe(
        'gcp eventarc',
      );
    } finally {
      await Promise.all([gcp.close(), aws.close()]);
    }
    expect(s3.Records[0]?.s3.object.key).toBe('a+b%2Bc.jpg');
    expect(keys).toEqual(['amzn-s3-demo-bucket/a b+c.jpg']);
    expect(times).toEqual([`aws ${new Date(timer.input.scheduleStatus.next).toISOString()}`]);
    expect(types).toHaveLength(1);
  });

  it('refuses an HTTP event through another provider, and a native event of the wrong kind, by name', async () => {
    const deliverer = new Deliverer('azure');
    try {
      const api = (await import('@faasport/core')).http(() => new Response('x'));
      await expect(deliverer.fire('api', api, ownFixture('aws/http-apigw-v2/http-api-get.json'))).rejects.toThrow(
        /cannot be replayed through azure: send HTTP requests to the function's route/,
      );
      await expect(
        deliverer.fire(
          'orders',
          queue(() => {}),
          ownFixture('gcp/storage-gcs/finalized-binary.json'),
        ),
      ).rejects.toThrow(EventRefusedError);
    } finally {
      await deliverer.close();
    }
  });
});
