import { DefinitionError, event, queue, schedule, storage, stream, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { register } from '../src/register.js';
import { captureRegistration } from '../src/testing/functions-core.js';

function triggerOf(fn: () => void) {
  const { registration } = captureRegistration(fn);
  const bindings = Object.values(registration.metadata.bindings);
  return { trigger: bindings.find((b) => /trigger$/i.test(b.type)), metadata: registration.metadata };
}

const q = queue(() => {});

describe('register (events) through the library and the functions-core stand-in', () => {
  it('storage-queue → app.storageQueue { queueName, connection: AzureWebJobsStorage }', () => {
    const { trigger } = triggerOf(() => register('orders-sq', q, { source: 'storage-queue', queueName: 'orders' }));
    expect(trigger).toMatchObject({
      type: 'queueTrigger',
      direction: 'in',
      queueName: 'orders',
      connection: 'AzureWebJobsStorage',
    });
  });

  it('service-bus queue and topic → app.serviceBusQueue / serviceBusTopic with cardinality and dataType binary', () => {
    const sbq = triggerOf(() =>
      register('orders-sb', q, {
        source: 'service-bus',
        queueName: 'orders',
        connection: 'SB',
        cardinality: 'many',
        isSessionsEnabled: true,
      }),
    );
    expect(sbq.trigger).toMatchObject({
      type: 'serviceBusTrigger',
      queueName: 'orders',
      connection: 'SB',
      cardinality: 'many',
      isSessionsEnabled: true,
      dataType: 'binary',
    });
    const sbt = triggerOf(() =>
      register(
        'alerts-sb',
        topic(() => {}),
        { source: 'service-bus', topicName: 't', subscriptionName: 's', connection: 'SB' },
      ),
    );
    expect(sbt.trigger).toMatchObject({
      type: 'serviceBusTrigger',
      topicName: 't',
      subscriptionName: 's',
      cardinality: 'one',
    });
  });

  it('timer → app.timer with the translated NCRONTAB and options', () => {
    const { trigger, metadata } = triggerOf(() =>
      register(
        'nightly',
        schedule('30 2 * * *', () => {}),
        { runOnStartup: false, retry: { strategy: 'fixedDelay', maxRetryCount: 2, delayInterval: 500 } },
      ),
    );
    expect(trigger).toMatchObject({ type: 'timerTrigger', schedule: '0 30 2 * * *', runOnStartup: false });
    expect(metadata.retryOptions).toMatchObject({ retryStrategy: 'fixedDelay', maxRetryCount: 2 });
  });

  it('blob (with EventGrid source), event grid and event grid webhook', () => {
    const blob = triggerOf(() =>
      register(
        'uploads',
        storage(() => {}),
        { source: 'blob', path: 'uploads/{name}', eventGrid: true },
      ),
    );
    expect(blob.trigger).toMatchObject({
      type: 'blobTrigger',
      path: 'uploads/{name}',
      connection: 'AzureWebJobsStorage',
      source: 'EventGrid',
    });
    const eg = triggerOf(() =>
      register(
        'audit',
        event(() => {}),
        { source: 'event-grid' },
      ),
    );
    expect(eg.trigger).toMatchObject({ type: 'eventGridTrigger' });
    const hook = triggerOf(() =>
      register(
        'audit-hook',
        event(() => {}),
        { source: 'event-grid-webhook' },
      ),
    );
    expect(hook.trigger).toMatchObject({
      type: 'httpTrigger',
      methods: ['POST', 'OPTIONS'],
      authLevel: 'function',
      route: 'audit-hook',
    });
  });

  it('event hubs (always many, binary) and cosmos db', () => {
    const eh = triggerOf(() =>
      register(
        'telemetry',
        stream(() => {}),
        { source: 'event-hubs', eventHubName: 'hub', connection: 'EH', consumerGroup: 'cg' },
      ),
    );
    expect(eh.trigger).toMatchObject({
      type: 'eventHubTrigger',
      eventHubName: 'hub',
      connection: 'EH',
      cardinality: 'many',
      consumerGroup: 'cg',
      dataType: 'binary',
    });
    const cosmos = triggerOf(() =>
      register(
        'changes',
        stream(() => {}),
        {
          source: 'cosmos-db',
          connection: 'C',
          databaseName: 'db',
          containerName: 'items',
          createLeaseContainerIfNotExists: true,
        },
      ),
    );
    expect(cosmos.trigger).toMatchObject({
      type: 'cosmosDBTrigger',
      connection: 'C',
      databaseName: 'db',
      containerName: 'items',
      createLeaseContainerIfNotExists: true,
    });
  });

  it('a missing source, a wrong source or a missing required option is a DefinitionError naming it', () => {
    expect(() => register('a', q, undefined as never)).toThrow(/a queue definition needs bindings.source/);
    expect(() => register('a', q, { source: 'event-hubs' } as never)).toThrow(
      /one of storage-queue, service-bus \(got "event-hubs"\)/,
    );
    expect(() => register('a', q, { source: 'storage-queue' } as never)).toThrow(
      /bindings.queueName is required for a storage-queue trigger/,
    );
    expect(() => register('a', q, { source: 'service-bus', queueName: 'x' } as never)).toThrow(
      /bindings.connection is required/,
    );
    expect(() =>
      register(
        'a',
        stream(() => {}),
        { source: 'cosmos-db', connection: 'c', databaseName: 'd' } as never,
      ),
    ).toThrow(/bindings.containerName is required for a cosmos-db trigger/);
    expect(() =>
      register('a', q, { source: 'service-bus', queueName: 'x', connection: 'c', cardinality: 'all' } as never),
    ).toThrow(DefinitionError);
    expect(() =>
      register(
        'a',
        schedule('rate(90 minutes)', () => {}),
      ),
    ).toThrow(/rate\(90 minutes\)/);
  });
});

describe('default retry policies (nothing lost)', () => {
  it('registers a retry policy for timer, Event Hubs and Cosmos DB unless one is given', () => {
    const tick = captureRegistration(() =>
      register(
        'retry-timer',
        schedule('rate(5 minutes)', async () => {}),
      ),
    );
    expect(tick.registration.metadata.retryOptions).toMatchObject({ retryStrategy: 'fixedDelay', maxRetryCount: 3 });
    const hub = captureRegistration(() =>
      register(
        'retry-hub',
        stream(async () => {}),
        { source: 'event-hubs', eventHubName: 'h', connection: 'C' },
      ),
    );
    expect(hub.registration.metadata.retryOptions).toMatchObject({
      retryStrategy: 'exponentialBackoff',
      maxRetryCount: -1,
    });
    const own = captureRegistration(() =>
      register(
        'retry-own',
        stream(async () => {}),
        {
          source: 'event-hubs',
          eventHubName: 'h',
          connection: 'C',
          retry: { strategy: 'fixedDelay', maxRetryCount: 1, delayInterval: 5 },
        },
      ),
    );
    expect(own.registration.metadata.retryOptions).toMatchObject({ retryStrategy: 'fixedDelay', maxRetryCount: 1 });
  });
});
