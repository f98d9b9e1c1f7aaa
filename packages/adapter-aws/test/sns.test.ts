import { MalformedInputError, topic, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { EventFailedError } from '../src/errors.js';
import type { SnsEvent, SnsRecord } from '../src/event-types.js';
import { fromSnsRecord, invokeSns } from '../src/sns.js';
import { toSnsEvent } from '../src/testing/sns-event.js';
import { eventContext, qtySchema } from './helpers.js';

describe('fromSnsRecord', () => {
  it('normalizes the notification (notification)', async () => {
    const record = ownFixture<SnsEvent>('aws/topic-sns/notification.json').Records[0] as SnsRecord;
    const msg = await fromSnsRecord(record);
    expect(msg).toMatchObject({
      id: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
      source: 'arn:aws:sns:us-east-1:123456789012:alerts',
      attributes: { severity: 'high' },
      deliveryCount: 1,
      data: { alertId: 'a-17', severity: 'high' },
    });
    expect(msg.publishedAt.toISOString()).toBe('2024-01-13T02:45:07.000Z');
    expect(msg.raw).toBe(record);
    expect(msg.toCloudEvent()).toMatchObject({ type: 'aws:sns:notification', time: '2024-01-13T02:45:07.000Z' });
  });

  it('keeps a Binary attribute as delivered (notification)', async () => {
    const record = ownFixture<SnsEvent>('aws/topic-sns/notification.json').Records[0] as SnsRecord;
    expect((await fromSnsRecord(record)).attributes).toEqual({ severity: 'high', fingerprint: 'AQIDBA==' });
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
