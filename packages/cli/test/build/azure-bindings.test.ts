import { event, http, queue, schedule, storage, stream, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { azureBindings } from '../../src/build/azure-bindings.js';
import { planned } from './helpers.js';

const noop = async () => undefined;

describe('azureBindings', () => {
  it('http and schedule need no bindings', () => {
    expect(
      azureBindings(
        planned(
          'api',
          http(() => new Response()),
        ),
      ),
    ).toEqual({ bindings: undefined, settings: {} });
    expect(azureBindings(planned('nightly', schedule('0 3 * * *', noop)))).toEqual({
      bindings: undefined,
      settings: {},
    });
  });

  it('defaults name their resources through %APP_SETTING% expressions, with example settings', () => {
    expect(azureBindings(planned('ordersQueue', queue(noop)))).toEqual({
      bindings: { source: 'storage-queue', queueName: '%ORDERS_QUEUE_QUEUE%' },
      settings: { ORDERS_QUEUE_QUEUE: 'orders-queue' },
    });
    expect(azureBindings(planned('alerts', topic(noop)))).toEqual({
      bindings: {
        source: 'service-bus',
        topicName: '%ALERTS_TOPIC%',
        subscriptionName: '%ALERTS_SUBSCRIPTION%',
        connection: 'ServiceBusConnection',
      },
      settings: {
        ALERTS_TOPIC: 'alerts',
        ALERTS_SUBSCRIPTION: 'alerts',
        ServiceBusConnection: '<Service Bus connection string>',
      },
    });
    expect(azureBindings(planned('uploads', storage(noop))).bindings).toEqual({
      source: 'blob',
      path: '%UPLOADS_CONTAINER%/{name}',
    });
    expect(azureBindings(planned('changes', stream(noop))).bindings).toEqual({
      source: 'event-hubs',
      eventHubName: '%CHANGES_EVENT_HUB%',
      connection: 'EventHubConnection',
    });
    expect(azureBindings(planned('audit', event(noop))).bindings).toEqual({ source: 'event-grid' });
  });

  it('configured bindings are passed as given', () => {
    const azure = { source: 'service-bus', queueName: 'orders', connection: 'Sb' };
    expect(azureBindings(planned('orders', queue(noop), { azure }))).toEqual({ bindings: azure, settings: {} });
  });

  it('a configured source the kind cannot use is a DefinitionError naming the choices', () => {
    expect(() => azureBindings(planned('orders', queue(noop), { azure: { source: 'event-hubs' } }))).toThrow(
      /a queue definition needs azure\.source, one of storage-queue, service-bus \(got "event-hubs"\)/,
    );
  });
});
