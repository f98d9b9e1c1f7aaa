import { event, queue, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { deliverAzureNative } from '../../src/dev/native-azure.js';

const native = (contains: string) =>
  detectNative(readJson(listCorpus('azure', '').find((f) => corpusName(f).includes(contains)) as string));

describe('deliverAzureNative', () => {
  it('hands a trigger capture to toAzureHandler with the real InvocationContext', async () => {
    const seen: string[] = [];
    const result = await deliverAzureNative(
      'orders',
      queue((m, ctx) => void seen.push(`${ctx.provider}:${m.id}`)),
      native('nodejslib-storageQueue'),
    );
    expect(result).toMatchObject({ provider: 'azure', via: 'azure queueTrigger (native)', outcome: 'ok' });
    expect(seen).toEqual(['azure:814b3b66-0200-4121-8ef3-405846a124bf']);
  });

  it('delivers each Event Grid event of an array in its own invocation', async () => {
    const ids: string[] = [];
    const result = await deliverAzureNative(
      'audit',
      event((ce) => void ids.push(ce.id)),
      native('customTopic-cloudevents'),
    );
    expect(ids.length).toBeGreaterThan(1);
    expect(result.results).toHaveLength(ids.length);
  });

  it('answers the Event Grid validation handshake', async () => {
    const result = await deliverAzureNative(
      'audit',
      event(() => {}),
      native('subscriptionValidation'),
    );
    expect(result.results[0]).toMatchObject({
      result: { status: 200, jsonBody: { validationResponse: expect.any(String) } },
    });
  });

  it('a failed batch is failed; a capture the adapter cannot read is refused', async () => {
    const failing = await deliverAzureNative(
      'c',
      stream(() => Promise.reject(new Error('x'))),
      native('pythonlib-eventHub-one'),
    );
    expect(failing.outcome).toBe('failed');
    await expect(
      deliverAzureNative(
        'orders',
        queue(() => {}),
        native('pythonlib-storageQueue'),
      ),
    ).rejects.toMatchObject({ code: 'MALFORMED_INPUT' });
  });
});
