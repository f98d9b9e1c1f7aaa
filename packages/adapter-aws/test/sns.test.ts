import { MalformedInputError, topic, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { EventFailedError } from '../src/errors.js';
import type { SnsEvent, SnsRecord } from '../src/event-types.js';
import { fromSnsRecord, invokeSns } from '../src/sns.js';
import { toSnsEvent } from '../src/testing/sns-event.js';
import { awsFixture, eventContext, qtySchema } from './helpers.js';

describe('fromSnsRecord', () => {
  it('normalizes the notification (lambda-java-sns)', async () => {
    const record = awsFixture<SnsEvent>('topic-sns/lambda-java-sns.json').Records[0] as SnsRecord;
    const msg = await fromSnsRecord(record);
    expect(msg).toMatchObject({
      id: 'dc918f50-80c6-56a2-ba33-d8a9bbf013ab',
      source: 'arn:aws:sns:eu-central-1:123456789012:TopicSendToMe',
      attributes: { name: 'Bob' },
      deliveryCount: 1,
      data: { id: 42, name: 'Bob' },
    });
    expect(msg.publishedAt.toISOString()).toBe('2020-10-08T16:06:14.656Z');
    expect(msg.raw).toBe(record);
    expect(msg.toCloudEvent()).toMatchObject({ type: 'aws:sns:notification', time: '2020-10-08T16:06:14.656Z' });
  });

  it('keeps a Binary attribute as delivered (powertools-py-sns)', async () => {
    const record = awsFixture<SnsEvent>('topic-sns/powertools-py-sns.json').Records[0] as SnsRecord;
    expect((await fromSnsRecord(record)).attributes).toEqual({ Test: 'TestString', TestBinary: 'TestBinary' });
  });

  it('bad JSON fails when a schema needs it, a mismatch is a ValidationError', async () => {
    const notJson = toSnsEvent({ id: 'n', body: 'plain' }).Records[0] as SnsRecord;
    expect((await fromSnsRecord(notJson)).data).toBe('plain');
    await expect(fromSnsRecord(notJson, qtySchema)).rejects.toThrow(MalformedInputError);
    const wrong = toSnsEvent({ id: 'w', body: '{"qty":null}' }).Records[0] as SnsRecord;
    await expect(fromSnsRecord(wrong, qtySchema)).rejects.toThrow(ValidationError);
  });

  it('rejects a record without Message or with a Timestamp that is not a date', async () => {
    const record = toSnsEvent({ id: 'n', body: 'x' }).Records[0] as SnsRecord;
    await expect(fromSnsRecord({ ...record, Sns: { ...record.Sns, Message: undefined as never } })).rejects.toThrow(
      /Sns.Message/,
    );
    await expect(fromSnsRecord({ ...record, Sns: { ...record.Sns, Timestamp: 'yesterday' } })).rejects.toThrow(
      /Timestamp "yesterday" is not a date/,
    );
  });
});

describe('invokeSns', () => {
  it('resolves when the handler succeeded', async () => {
    const seen: string[] = [];
    const { ctx } = eventContext();
    await invokeSns(
      topic((m) => void seen.push(m.text())),
      toSnsEvent({ id: 'a', body: 'hi' }),
      ctx,
    );
    expect(seen).toEqual(['hi']);
  });

  it('a failed handler rejects the invocation with EventFailedError, cause = the handler error', async () => {
    const boom = new Error('downstream down');
    const { ctx, lines } = eventContext();
    const failing = invokeSns(
      topic(() => Promise.reject(boom)),
      toSnsEvent({ id: 'n-1', body: 'x' }),
      ctx,
    );
    await expect(failing).rejects.toThrow(EventFailedError);
    await expect(failing).rejects.toMatchObject({ failed: ['n-1'], cause: boom });
    expect(lines[0]).toMatchObject({ level: 'ERROR', id: 'n-1' });
  });
});

describe('hostile records found by the fuzz suite (test/fuzz)', () => {
  const trap = () => JSON.parse('{"toString":1,"valueOf":"x"}') as never;

  it('a Timestamp that is an object is a MalformedInputError naming it', async () => {
    const record = toSnsEvent({ id: 't', body: 'x' }).Records[0] as SnsRecord;
    const bad = { ...record, Sns: { ...record.Sns, Timestamp: trap() } };
    await expect(fromSnsRecord(bad)).rejects.toThrow(/Timestamp .* is not a date/);
  });

  it('a MessageId that is an object fails the invocation with a typed error', async () => {
    const event = toSnsEvent({ id: 't', body: 'x' });
    const record = event.Records[0] as SnsRecord;
    const bad = { Records: [{ ...record, Sns: { ...record.Sns, MessageId: trap() } }] } as SnsEvent;
    const { ctx } = eventContext();
    const failing = invokeSns(
      topic(() => undefined),
      bad,
      ctx,
    );
    await expect(failing).rejects.toBeInstanceOf(EventFailedError);
    await expect(failing).rejects.toMatchObject({ cause: expect.any(MalformedInputError) });
  });
});
