import { event, queue, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { deliverAzureNative } from '../../src/dev/native-azure.js';

const native = (path: string) => detectNative(ownFixture(`azure/${path}.json`));

describe('deliverAzureNative', () => {
  it('hands a trigger capture to toAzureHandler with the real InvocationContext', async () => {
    const seen: string[] = [];
    const result = await deliverAzureNative(
      'orders',
      queue((m, ctx) => void seen.push(`${ctx.provider}:${m.id}`)),
      native('queue-storage-queue/order-json'),
    );
    expect(result).toMatchObject({ provider: 'azure', via: 'azure queueTrigger (native)', outcome: 'ok' });
    expect(seen).toEqual(['azure:5e9f2a1c-7b3d-4c8e-a0f1-2d6b9c4e8a37']);
  });

  it('delivers each Event Grid event of an array in its own invocation', async () => {
    const ids: string[] = [];
    const result = await deliverAzureNative(
      'audit',
      event((ce) => void ids.push(ce.id)),
      native('event-event-grid/custom-topic-cloudevents'),
    );
    expect(ids).toEqual(['A234-1234-1234', 'A234-1234-1235']);
    expect(result.results).toHaveLength(ids.length);
  });

  it('answers the Event Grid validation handshake', async () => {
    const result = await deliverAzureNative(
      'audit',
      event(() => {}),
      native('event-event-grid/subscription-validation'),
    );
    expect(result.results[0]).toMatchObject({
      result: { status: 200, jsonBody: { validationResponse: '7f3b2a1c-9d8e-4f6a-b5c4-3d2e1f0a9b8c' } },
    });
  });

  it('a failed batch is failed; a capture the adapter cannot read is refused', async () => {
    const failing = await deliverAzureNative(
      'c',
      stream(() => Promise.reject(new Error('x'))),
      native('stream-event-hubs/one'),
    );
    expect(failing.outcome).toBe('failed');
    await expect(
      deliverAzureNative(
        'orders',
        queue(() => {}),
        native('queue-storage-queue/malformed-insertion-time'),
      ),
    ).rejects.toMatchObject({ code: 'MALFORMED_INPUT' });
  });
});
