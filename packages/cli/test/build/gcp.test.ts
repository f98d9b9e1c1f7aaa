import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { BuildError } from '../../src/build/errors.js';
import { example, fixture, freshOutDir, startFramework } from './helpers.js';

const order = {
  orderId: 'o-1',
  customerId: 'c-1',
  currency: 'EUR',
  lines: [{ sku: 'MUG', quantity: 2, unitPriceCents: 1250 }],
};

// A Pub/Sub messagePublished CloudEvent in binary mode, as Eventarc delivers it.
function pubsubCloudEvent(url: string, data: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': '1234567890',
      'ce-source': '//pubsub.googleapis.com/projects/demo/topics/orders-queue',
      'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
      'ce-time': '2024-05-01T12:00:00Z',
    },
    body: JSON.stringify({
      message: {
        data: Buffer.from(data).toString('base64'),
        messageId: '1234567890',
        publishTime: '2024-05-01T12:00:00Z',
        attributes: { origin: 'shop' },
      },
      subscription: 'projects/demo/subscriptions/orders-queue',
    }),
  });
}

describe('buildGcp (artifact served by the real Functions Framework CLI on 127.0.0.1)', () => {
  it('examples/hello: package.json main + FF dependency, deploy.sh, HTTP answered through the built bundle', async () => {
    const out = freshOutDir('gcp-hello');
    const result = await build({ entry: example('hello/src/app.ts'), target: 'gcp', out });
    expect(result.files).toEqual(['index.js', 'index.js.map', 'package.json', 'deploy.sh']);
    expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'))).toMatchObject({
      type: 'module',
      main: 'index.js',
      dependencies: { '@google-cloud/functions-framework': expect.stringMatching(/^\^5\./) },
    });
    const script = readFileSync(join(out, 'deploy.sh'), 'utf8');
    expect(script).toContain('gcloud functions deploy hello --gen2 --runtime=nodejs22');
    expect(script).toContain('--entry-point=hello');
    execFileSync('sh', ['-n', join(out, 'deploy.sh')]);

    const ff = await startFramework(out, 'hello');
    try {
      const get = await fetch(`${ff.url}/greet?name=Ada&lang=en&lang=fr`);
      expect(get.status).toBe(200);
      expect(await get.json()).toMatchObject({
        message: 'Hello, Ada!',
        provider: 'gcp',
        path: '/greet',
        languages: ['en', 'fr'],
      });
      const post = await fetch(ff.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Grace' }),
      });
      expect(post.status).toBe(201);
      expect(await post.json()).toEqual({ message: 'Hello, Grace!', provider: 'gcp' });
    } finally {
      await ff.stop();
    }
  });

  it('examples/orders-queue: a Pub/Sub CloudEvent is acknowledged when valid, failed (retried) when not', async () => {
    const out = freshOutDir('gcp-orders');
    await build({ entry: example('orders-queue/src/orders.ts'), target: 'gcp', out });
    expect(readFileSync(join(out, 'deploy.sh'), 'utf8')).toContain('--trigger-topic="$ORDERS_QUEUE_TOPIC"');
    const ff = await startFramework(out, 'ordersQueue');
    try {
      const ok = await pubsubCloudEvent(ff.url, JSON.stringify(order));
      expect(ok.status).toBeGreaterThanOrEqual(200);
      expect(ok.status).toBeLessThan(300);
      const bad = await pubsubCloudEvent(ff.url, 'not an order');
      expect(bad.status).toBe(500);
      expect(ff.output()).toContain('order accepted');
    } finally {
      await ff.stop();
    }
  });

  it('every kind: a deploy.sh that parses, one deploy per function and the scheduler job', async () => {
    const out = freshOutDir('gcp-all');
    await build({ entry: fixture('all-kinds/index.ts'), target: 'gcp', out });
    const script = readFileSync(join(out, 'deploy.sh'), 'utf8');
    execFileSync('sh', ['-n', join(out, 'deploy.sh')]);
    expect(script.match(/^gcloud functions deploy /gm)).toHaveLength(7);
    expect(script).toContain(
      'gcloud scheduler jobs create pubsub nightly --location="$REGION" --schedule=\'0 3 * * 1-5\'',
    );
    expect(script).toContain('--entry-point=ordersQueue');
    expect(script).toContain('gcloud functions deploy orders-queue');
    expect(script).toMatch(/--timeout=120s/);
  });

  it('a rate Cloud Scheduler cannot repeat is a BuildError naming the function', async () => {
    const failed = build({ entry: fixture('bad/odd-schedule.ts'), target: 'gcp', out: freshOutDir('gcp-odd') });
    await expect(failed).rejects.toThrow(BuildError);
    await expect(failed).rejects.toThrow(/cannot build 'every90' for gcp: .*every 90 minutes/);
  });
});
