import { randomUUID } from 'node:crypto';
import type { InvocationContext } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { azure } from '../../src/azure-functions.js';
import { eventGridDelivery, toEventGridBlobEvent } from '../../src/testing/event-grid-triggers.js';
import { captureRegistration } from '../../src/testing/functions-core.js';
import { bytesOf, type HostDelivery, toBodyData, toTriggerCall, toTypedData } from '../../src/testing/host-data.js';
import { serviceBusBatchDelivery, serviceBusDelivery, storageQueueDelivery } from '../../src/testing/queue-triggers.js';
import { blobDelivery, timerDelivery } from '../../src/testing/schedule-storage-triggers.js';
import { cosmosDbDelivery, eventHubsDelivery } from '../../src/testing/stream-triggers.js';
import { invokeRegistered } from '../../src/testing/worker.js';

let n = 0;
/** The handler arguments the library itself builds from a host delivery (worker path). */
async function throughLibrary(delivery: HostDelivery) {
  let seen: { trigger: unknown; context: InvocationContext } | undefined;
  n += 1;
  const { type, ...options } = delivery.binding;
  const { core, registration } = captureRegistration(() =>
    azure.app.generic(`mirror-${n}`, {
      trigger: { type, name: 'trigger', ...options },
      handler: (trigger: unknown, context: InvocationContext) => {
        seen = { trigger, context };
      },
    }),
  );
  const request = {
    invocationId: randomUUID(),
    inputData: [{ name: 'trigger', data: delivery.input }],
    triggerMetadata: delivery.triggerMetadata,
  };
  await invokeRegistered(core, registration, request, []);
  if (!seen) throw new Error('handler not called');
  return seen;
}

const deliveries: [string, HostDelivery][] = [
  ['storage queue (JSON body)', storageQueueDelivery({ id: '1', body: '{"a": 1}', attributes: {} })],
  ['storage queue (bytes)', storageQueueDelivery({ id: '2', body: new Uint8Array([0xff, 0]) })],
  ['service bus', serviceBusDelivery({ id: '3', body: 'x', attributes: { k: 'v' }, groupId: 'g' }, { queueName: 'q' })],
  [
    'service bus batch',
    serviceBusBatchDelivery(
      [
        { id: 'a', body: 'x' },
        { id: 'b', body: '{"n":1}' },
      ],
      { queueName: 'q' },
    ),
  ],
  ['event grid', eventGridDelivery(toEventGridBlobEvent({ id: 'e', kind: 'created', bucket: 'c', key: 'k' }))],
  ['timer', timerDelivery(new Date('2026-01-01T00:00:00Z'))],
  ['blob', blobDelivery({ id: 'b', kind: 'created', bucket: 'c', key: 'k', size: 2 }, new Uint8Array([1, 2]))],
  ['event hubs', eventHubsDelivery([{ id: 'r', partitionKey: 'p', data: 'x' }])],
  ['cosmos db', cosmosDbDelivery([{ id: 'c', partitionKey: '', newImage: { id: 'o', n: 1 } }])],
];

describe('toTriggerCall', () => {
  it.each(deliveries)(
    '%s: builds the same arguments as the library does from the host data',
    async (_name, delivery) => {
      const direct = toTriggerCall(delivery);
      const library = await throughLibrary(delivery);
      expect(direct.trigger).toEqual(library.trigger);
      expect(direct.context.triggerMetadata).toEqual(library.context.triggerMetadata);
      expect(direct.context.options.trigger.type).toBe(library.context.options.trigger.type);
      expect(direct.context).toBeInstanceOf(azure.InvocationContext);
    },
  );

  it('records log lines written through the context', () => {
    const call = toTriggerCall(storageQueueDelivery({ id: '1', body: 'x' }));
    call.context.warn('careful', 1);
    expect(call.logs).toEqual([{ level: 'warning', message: 'careful 1' }]);
  });
});

describe('typed data helpers', () => {
  it('types metadata as the host does, and bodies as text only when UTF-8', () => {
    expect([toTypedData('s'), toTypedData(2), toTypedData(1.5), toTypedData({ a: 1 })]).toEqual([
      { string: 's' },
      { int: 2 },
      { double: 1.5 },
      { json: '{"a":1}' },
    ]);
    expect(toBodyData(bytesOf('héllo'))).toEqual({ string: 'héllo' });
    expect(toBodyData(new Uint8Array([0xc3]))).toEqual({ bytes: new Uint8Array([0xc3]) });
    expect([...bytesOf(undefined)]).toEqual([]);
  });
});
