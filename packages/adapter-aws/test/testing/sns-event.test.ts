import { describe, expect, it } from 'vitest';
import { isSnsEvent } from '../../src/detect.js';
import { toSnsEvent } from '../../src/testing/sns-event.js';

describe('toSnsEvent', () => {
  it('builds one SNS record with message attributes as String values', () => {
    const publishedAt = new Date('2026-02-01T10:00:00.123Z');
    const event = toSnsEvent({ id: 'n1', body: 'hi', attributes: { a: '1' }, publishedAt }, { subject: 'S' });
    expect(isSnsEvent(event)).toBe(true);
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]?.Sns).toMatchObject({
      MessageId: 'n1',
      Message: 'hi',
      Subject: 'S',
      Timestamp: '2026-02-01T10:00:00.123Z',
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:faasport-topic',
      MessageAttributes: { a: { Type: 'String', Value: '1' } },
    });
  });
});
