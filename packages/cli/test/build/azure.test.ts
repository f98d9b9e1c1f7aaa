import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { BuildError } from '../../src/build/errors.js';
import { example, fixture, freshOutDir, runNode } from './helpers.js';

const host = fixture('azure-host.mjs');

interface HostOutput {
  registrations: { name: string; bindings: Record<string, unknown>[] }[];
  response?: { status: number; headers: Record<string, string>; body: string };
}

async function buildAndHost(entry: string, name: string, invoke: string[] = []) {
  const out = freshOutDir(`azure-${name}`);
  const result = await build({ entry, target: 'azure', out });
  const host_ = JSON.parse(await runNode([host, out, ...invoke])) as HostOutput;
  const json = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8'));
  return { result, host: host_, json };
}

const triggerOf = (h: HostOutput, name: string) => h.registrations.find((r) => r.name === name)?.bindings;

describe('buildAzure (artifact loaded by the real @azure/functions in a fresh process)', () => {
  it('examples/hello: the v4 layout, exactly one HTTP function registered, invoked the way the worker does', async () => {
    const {
      result,
      host: h,
      json,
    } = await buildAndHost(example('hello/src/app.ts'), 'hello', [
      'hello',
      'http://localhost:7071/api/hello/greet?name=Ada',
    ]);
    expect(result.files).toEqual([
      'index.js',
      'index.js.map',
      'package.json',
      'host.json',
      'local.settings.json.example',
    ]);
    expect(json('host.json')).toMatchObject({
      version: '2.0',
      extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' },
    });
    expect(json('package.json')).toMatchObject({
      type: 'module',
      main: 'index.js',
      dependencies: { '@azure/functions': expect.stringMatching(/^\^4\./) },
    });
    expect(json('local.settings.json.example').Values).toEqual({
      FUNCTIONS_WORKER_RUNTIME: 'node',
      AzureWebJobsStorage: 'UseDevelopmentStorage=true',
    });
    expect(h.registrations).toEqual([
      {
        name: 'hello',
        bindings: [
          expect.objectContaining({
            type: 'httpTrigger',
            route: 'hello/{*path}',
            authLevel: 'anonymous',
            methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
          }),
        ],
      },
    ]);
    expect(h.response?.status).toBe(200);
    expect(JSON.parse(h.response?.body ?? '')).toMatchObject({
      message: 'Hello, Ada!',
      provider: 'azure',
      path: '/api/hello/greet',
    });
  });

  it('examples/orders-queue: a Storage Queue trigger on the %ORDERS_QUEUE_QUEUE% app setting', async () => {
    const { host: h, json } = await buildAndHost(example('orders-queue/src/orders.ts'), 'orders');
    expect(h.registrations.map((r) => r.name)).toEqual(['ordersQueue']);
    expect(triggerOf(h, 'ordersQueue')).toEqual([
      expect.objectContaining({
        type: 'queueTrigger',
        queueName: '%ORDERS_QUEUE_QUEUE%',
        connection: 'AzureWebJobsStorage',
      }),
    ]);
    expect(json('local.settings.json.example').Values.ORDERS_QUEUE_QUEUE).toBe('orders-queue');
  });

  it('every kind: exactly the expected functions with their trigger bindings (non-definitions ignored)', async () => {
    const { result, host: h } = await buildAndHost(fixture('all-kinds/index.ts'), 'all');
    // A module namespace lists its exports sorted.
    expect(result.functions).toEqual(['alerts', 'api', 'audit', 'changes', 'nightly', 'ordersQueue', 'uploads']);
    const types = Object.fromEntries(h.registrations.map((r) => [r.name, r.bindings.map((b) => b.type)]));
    expect(types).toEqual({
      api: ['httpTrigger'],
      ordersQueue: ['queueTrigger'],
      alerts: ['serviceBusTrigger'],
      uploads: ['blobTrigger'],
      nightly: ['timerTrigger'],
      changes: ['eventHubTrigger'],
      audit: ['eventGridTrigger'],
    });
    expect(triggerOf(h, 'nightly')?.[0]).toMatchObject({ schedule: '0 0 3 * * 1-5' });
    expect(triggerOf(h, 'alerts')?.[0]).toMatchObject({
      topicName: '%ALERTS_TOPIC%',
      subscriptionName: '%ALERTS_SUBSCRIPTION%',
      connection: 'ServiceBusConnection',
    });
    expect(triggerOf(h, 'uploads')?.[0]).toMatchObject({ path: '%UPLOADS_CONTAINER%/{name}' });
    expect(triggerOf(h, 'changes')?.[0]).toMatchObject({ eventHubName: '%CHANGES_EVENT_HUB%', cardinality: 'many' });
  });

  it('bindings from faasport.config.json', async () => {
    const { host: h } = await buildAndHost(fixture('configured/index.ts'), 'configured');
    expect(triggerOf(h, 'orders')?.[0]).toMatchObject({
      type: 'serviceBusTrigger',
      queueName: 'orders',
      connection: 'ServiceBusConnection',
    });
  });

  it('a schedule NCRONTAB cannot express is a BuildError naming the function, before anything is written', async () => {
    const out = freshOutDir('azure-odd');
    const failed = build({ entry: fixture('bad/odd-schedule.ts'), target: 'azure', out });
    await expect(failed).rejects.toThrow(BuildError);
    await expect(failed).rejects.toThrow(/cannot build 'every90' for azure: .*rate of 90 minutes/);
  });
});
