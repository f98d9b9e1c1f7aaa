import {
  currentContext,
  event,
  InitError,
  onInit,
  queue,
  type ScheduleEvent,
  schedule,
  storage,
  stream,
  topic,
  UnrecognizedEventError,
  UnsupportedEventError,
} from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { invokeEvent } from '../src/event-invoke.js';
import { toDynamoDbStreamEvent } from '../src/testing/dynamodb-event.js';
import { toEventBridgeEvent, toEventBridgeS3Event, toScheduledEvent } from '../src/testing/eventbridge-event.js';
import { toKinesisEvent } from '../src/testing/kinesis-event.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';
import { toS3Event } from '../src/testing/s3-event.js';
import { toSnsEvent } from '../src/testing/sns-event.js';
import { toSqsEvent } from '../src/testing/sqs-event.js';
import { captureLogs, v2Event } from './helpers.js';

const context = () => createLambdaContext({ awsRequestId: 'req-1' });
const storageInput = { id: 's', kind: 'created', bucket: 'b', key: 'k' } as const;

describe('invokeEvent: each kind takes its sources', () => {
  it('queue ← SQS; topic ← SNS; stream ← Kinesis and DynamoDB; event ← any EventBridge event', async () => {
    const seen: string[] = [];
    const note = (what: string) => () => void seen.push(what);
    await invokeEvent(queue(note('sqs')), toSqsEvent([{ id: 'm', body: '' }]), context());
    await invokeEvent(topic(note('sns')), toSnsEvent({ id: 'n', body: '' }), context());
    await invokeEvent(stream(note('kinesis')), toKinesisEvent([{ id: 'r', partitionKey: 'p', data: '' }]), context());
    await invokeEvent(stream(note('dynamodb')), toDynamoDbStreamEvent([{ id: 'r', partitionKey: 'p' }]), context());
    const custom = toEventBridgeEvent({ specversion: '1.0', id: 'e', source: 'orders', type: 'Placed', data: {} });
    await invokeEvent(event(note('eventbridge')), custom, context());
    await invokeEvent(event(note('eventbridge-schedule')), toScheduledEvent(new Date()), context());
    expect(seen).toEqual(['sqs', 'sns', 'kinesis', 'dynamodb', 'eventbridge', 'eventbridge-schedule']);
  });

  it('storage ← S3 notifications and S3 events through EventBridge', async () => {
    const kinds: string[] = [];
    const def = storage((ev) => void kinds.push(`${ev.kind}:${ev.key}`));
    await invokeEvent(def, toS3Event([{ ...storageInput, key: 'a b' }]), context());
    await invokeEvent(def, toEventBridgeS3Event({ ...storageInput, kind: 'deleted' }), context());
    expect(kinds).toEqual(['created:a b', 'deleted:k']);
  });

  it('schedule ← a rule tick, or any payload no other source claims (EventBridge Scheduler)', async () => {
    const ticks: ScheduleEvent[] = [];
    const def = schedule('rate(1 hour)', (tick) => void ticks.push(tick));
    await invokeEvent(def, toScheduledEvent(new Date('2026-01-01T03:00:00Z')), context());
    const before = Date.now();
    await invokeEvent(def, {}, context());
    await invokeEvent(def, { job: 'nightly' }, context());
    expect(ticks[0]?.scheduledTime.toISOString()).toBe('2026-01-01T03:00:00.000Z');
    expect(ticks[1]?.scheduledTime.getTime()).toBeGreaterThanOrEqual(before);
    expect(ticks[2]?.raw).toEqual({ job: 'nightly' });
    expect(ticks[2]?.toCloudEvent().id).toBe('req-1');
  });
});

describe('invokeEvent: refusals are typed and name what was found', () => {
  it('an event of another source is an UnsupportedEventError naming both', async () => {
    const sqs = toSqsEvent([{ id: 'm', body: '' }]);
    await expect(
      invokeEvent(
        topic(() => {}),
        sqs,
        context(),
      ),
    ).rejects.toThrow(UnsupportedEventError);
    await expect(
      invokeEvent(
        topic(() => {}),
        sqs,
        context(),
      ),
    ).rejects.toThrow(/a 'topic' definition cannot take an SQS batch; it takes SNS notifications/);
    await expect(
      invokeEvent(
        queue(() => {}),
        v2Event(),
        context(),
      ),
    ).rejects.toThrow(/HTTP API/);
    await expect(
      invokeEvent(
        storage(() => {}),
        toScheduledEvent(new Date()),
        context(),
      ),
    ).rejects.toThrow(/cannot take an EventBridge scheduled event/);
  });

  it('a schedule definition does not swallow other sources as Scheduler payloads', async () => {
    let ran = false;
    const def = schedule('rate(1 hour)', () => {
      ran = true;
    });
    await expect(invokeEvent(def, toSqsEvent([{ id: 'm', body: '' }]), context())).rejects.toThrow(
      UnsupportedEventError,
    );
    const custom = toEventBridgeEvent({ specversion: '1.0', id: 'e', source: 'orders', type: 'Placed', data: {} });
    await expect(invokeEvent(def, custom, context())).rejects.toThrow(/EventBridge event \(source orders/);
    expect(ran).toBe(false);
  });

  it('SES, Firehose and CloudWatch Logs are refused as unsupported', async () => {
    for (const file of ['ses-receipt.json', 'firehose-transformation.json', 'cloudwatch-logs-subscription.json']) {
      const native = ownFixture(`aws/other/${file}`);
      await expect(
        invokeEvent(
          event(() => {}),
          native,
          context(),
        ),
      ).rejects.toThrow(/is not supported by faasport/);
      await expect(
        invokeEvent(
          schedule('rate(1 hour)', () => {}),
          native,
          context(),
        ),
      ).rejects.toThrow(UnsupportedEventError);
    }
  });

  it('an event no detector knows is an UnrecognizedEventError listing its keys', async () => {
    const odd = { Records: [{ eventSource: 'aws:mq' }], extra: 1 };
    await expect(
      invokeEvent(
        queue(() => {}),
        odd,
        context(),
      ),
    ).rejects.toThrow(UnrecognizedEventError);
    await expect(
      invokeEvent(
        queue(() => {}),
        odd,
        context(),
      ),
    ).rejects.toThrow(/got an object with keys \[Records, extra\]/);
    await expect(
      invokeEvent(
        stream(() => {}),
        'text',
        context(),
      ),
    ).rejects.toThrow(/got "text"/);
  });
});

describe('invokeEvent: context, init and deadline', () => {
  it('gives 100 concurrent SQS batches their own context, found by currentContext() below the handler', async () => {
    const def = queue(async (msg, ctx) => {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 3)));
      if (currentContext() !== ctx || msg.text() !== ctx.invocationId) throw new Error('context mixed up');
    });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        invokeEvent(
          def,
          toSqsEvent([{ id: `m-${i}`, body: `req-${i}` }]),
          createLambdaContext({ awsRequestId: `req-${i}` }),
        ),
      ),
    );
    expect(results.every((r) => r?.batchItemFailures.length === 0)).toBe(true);
  });

  it('fails the whole SQS invocation with InitError when an onInit hook fails: no message is acknowledged', async () => {
    let handled = 0;
    const remove = onInit(() => {
      throw new Error('queue credentials missing');
    });
    try {
      const def = queue(() => {
        handled += 1;
      });
      const { lines } = await captureLogs(async () => {
        await expect(invokeEvent(def, toSqsEvent([{ id: 'm-1', body: 'x' }]), context())).rejects.toBeInstanceOf(
          InitError,
        );
      });
      expect(handled).toBe(0);
      expect(lines.find((l) => l.message === 'An onInit hook failed; the invocation fails')).toMatchObject({
        level: 'ERROR',
        requestId: 'req-1',
      });
    } finally {
      remove();
    }
  });

  it('logs "Invocation timed out" before Lambda’s deadline for a handler that runs past it', async () => {
    const def = queue(() => new Promise<void>((resolve) => setTimeout(resolve, 200)));
    const { lines } = await captureLogs(() =>
      invokeEvent(
        def,
        toSqsEvent([{ id: 'm-1', body: 'x' }]),
        createLambdaContext({ awsRequestId: 'q-9', timeoutMs: 90 }),
      ),
    );
    expect(lines.find((l) => l.message === 'Invocation timed out')).toMatchObject({ level: 'ERROR', requestId: 'q-9' });
  });
});
