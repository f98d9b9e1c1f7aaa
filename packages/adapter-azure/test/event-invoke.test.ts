import az from '@azure/functions';
import {
  currentContext,
  InitError,
  InvocationTimeoutError,
  onInit,
  queue,
  schedule,
  stream,
  UnrecognizedEventError,
  UnsupportedEventError,
} from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { invokeEvent } from '../src/event-invoke.js';
import { toStorageQueueTrigger } from '../src/testing/queue-triggers.js';

describe('invokeEvent', () => {
  it('refuses an unknown trigger type with UnrecognizedEventError naming it', async () => {
    const context = new az.InvocationContext({ options: { trigger: { name: 't', type: 'sqlTrigger' } } });
    await expect(invokeEvent(queue(() => {}))({}, context)).rejects.toThrow(UnrecognizedEventError);
    await expect(invokeEvent(queue(() => {}))({}, context)).rejects.toThrow(/trigger type 'sqlTrigger'/);
  });

  it('refuses a source the definition kind cannot take with UnsupportedEventError, never running the handler', async () => {
    let ran = false;
    const { trigger, context } = toStorageQueueTrigger({ id: '1', body: 'x' });
    const def = stream(() => {
      ran = true;
    });
    await expect(invokeEvent(def)(trigger, context)).rejects.toThrow(UnsupportedEventError);
    await expect(invokeEvent(schedule('rate(1 day)', () => {}))(trigger, context)).rejects.toThrow(
      /a schedule definition cannot take storage-queue events \(trigger 'queueTrigger'\)/,
    );
    expect(ran).toBe(false);
  });

  it('gives the handler an azure context with the invocation id, raw trigger and context, and Azure-level logs', async () => {
    const call = toStorageQueueTrigger({ id: '1', body: 'x' });
    let seen: { provider: string; invocationId: string; raw: unknown } | undefined;
    const def = queue((_msg, ctx) => {
      ctx.log.info('hello');
      seen = { provider: ctx.provider, invocationId: ctx.invocationId, raw: ctx.raw };
    });
    await invokeEvent(def)(call.trigger, call.context);
    expect(seen).toEqual({
      provider: 'azure',
      invocationId: call.context.invocationId,
      raw: { trigger: call.trigger, context: call.context },
    });
    expect(call.logs.map((l) => l.level)).toEqual(['information']);
    expect(JSON.parse(call.logs[0]?.message ?? '{}')).toMatchObject({ message: 'hello' });
  });

  it('logs the failure of a cardinality-one invocation at error level before rejecting', async () => {
    const call = toStorageQueueTrigger({ id: '1', body: 'x' });
    const def = queue(() => {
      throw new Error('bad');
    });
    await expect(invokeEvent(def)(call.trigger, call.context)).rejects.toThrow('bad');
    expect(call.logs.some((l) => l.level === 'error' && l.message.includes('bad'))).toBe(true);
  });
});

describe('invokeEvent: context and deadlines', () => {
  it('lets deep code find the invocation through currentContext()', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'm-1', body: 'x' });
    let found: string | undefined;
    const def = queue(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      found = currentContext()?.invocationId;
    });
    await invokeEvent(def)(trigger, context);
    expect(found).toBe(context.invocationId);
  });

  it('fails the message with InvocationTimeoutError at the declared deadline, never acknowledging it', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'm-2', body: 'x' });
    const def = queue({ timeoutSeconds: 0.1 }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    const start = Date.now();
    await expect(invokeEvent(def)(trigger, context)).rejects.toBeInstanceOf(InvocationTimeoutError);
    expect(Date.now() - start).toBeLessThan(350);
  });

  it('runs pending onInit hooks before the handler and fails the invocation with InitError when one fails', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'm-3', body: 'x' });
    let handled = 0;
    let attempts = 0;
    const remove = onInit(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('config not reachable');
    });
    try {
      const handler = invokeEvent(
        queue(() => {
          handled += 1;
        }),
      );
      await expect(handler(trigger, context)).rejects.toBeInstanceOf(InitError);
      expect(handled).toBe(0);
      await handler(trigger, context);
      expect(handled).toBe(1);
      expect(attempts).toBe(2);
    } finally {
      remove();
    }
  });
});

describe('hostile batch ids found by the fuzz suite (test/fuzz)', () => {
  const trap = () => JSON.parse('{"toString":1}') as unknown;

  it('a Cosmos DB document id that is an object fails the batch with a typed error naming the item by position', async () => {
    const context = new az.InvocationContext({ options: { trigger: { name: 't', type: 'cosmosDBTrigger' } } });
    const failing = invokeEvent(stream(() => {}))([{ id: trap(), _lsn: 1, _ts: 1 }], context);
    await expect(failing).rejects.toMatchObject({ name: 'EventFailedError', failed: ['#0'] });
  });

  it('a Service Bus messageIdArray entry that is an object is reported by position, not a TypeError', async () => {
    const context = new az.InvocationContext({
      options: { trigger: { name: 't', type: 'serviceBusTrigger', cardinality: 'many' } },
      triggerMetadata: { messageIdArray: [trap()], enqueuedTimeUtcArray: ['2026-01-01T00:00:00Z'] },
    });
    const failing = invokeEvent(queue(() => {}))(['x'], context);
    await expect(failing).rejects.toMatchObject({ name: 'EventFailedError', failed: ['#0'] });
  });
});
