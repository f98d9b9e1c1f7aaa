import { describe, expect, it, vi } from 'vitest';
import { MalformedInputError, ValidationError } from '../src/errors.js';
import { createMessage, type MessageInit } from '../src/message.js';
import { qtySchema } from './helpers/context.js';

const init = (body: string): MessageInit => ({
  id: 'm1',
  body: new TextEncoder().encode(body),
  attributes: { a: 'b' },
  deliveryCount: 2,
  publishedAt: new Date('2024-01-02T03:04:05.000Z'),
  source: 'arn:aws:sqs:eu-west-1:1:q',
  groupId: 'g',
  type: 'aws:sqs',
  raw: { original: true },
});

describe('createMessage', () => {
  it('exposes bytes, text, json and parsed data', async () => {
    const msg = await createMessage(init('{"qty":3}'));
    expect(msg.text()).toBe('{"qty":3}');
    expect(msg.json()).toEqual({ qty: 3 });
    expect(msg.data).toEqual({ qty: 3 });
    expect(msg.attributes).toEqual({ a: 'b' });
    expect(msg.deliveryCount).toBe(2);
    expect(msg.groupId).toBe('g');
    expect(msg.raw).toEqual({ original: true });
  });

  it('uses the text the adapter already has instead of decoding the body again', async () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      const msg = await createMessage({ ...init('{"qty":4}'), text: '{"qty":4}' });
      expect(msg.text()).toBe('{"qty":4}');
      expect(msg.data).toEqual({ qty: 4 });
      expect(decode).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
    }
  });

  it('from text alone, the body is its UTF-8, made when first read', async () => {
    const msg = await createMessage({ ...init(''), body: undefined, text: 'é☃' });
    expect(msg.text()).toBe('é☃');
    expect([...msg.body]).toEqual([...new TextEncoder().encode('é☃')]);
    expect(msg.body).toBe(msg.body);
    expect(msg.toCloudEvent().data_base64).toBe(Buffer.from('é☃').toString('base64'));
  });

  it('gives the text as data when the body is not JSON, and json() a typed error', async () => {
    const msg = await createMessage(init('plain words'));
    expect(msg.data).toBe('plain words');
    expect(() => msg.json()).toThrow(MalformedInputError);
    expect(() => msg.json()).toThrow(/message m1: body is not valid JSON/);
  });

  it('validates data with a Standard Schema', async () => {
    const msg = await createMessage(init('{"qty":3,"extra":1}'), qtySchema);
    expect(msg.data).toEqual({ qty: 3 });
  });

  it('fails a message whose data does not match, naming the path', async () => {
    await expect(createMessage(init('{"qty":"three"}'), qtySchema)).rejects.toThrow(ValidationError);
    await expect(createMessage(init('{"qty":"three"}'), qtySchema)).rejects.toThrow(
      /message m1 .*qty: expected a number/,
    );
  });

  it('fails a message that is not JSON when a schema demands JSON', async () => {
    await expect(createMessage(init('nope'), qtySchema)).rejects.toThrow(MalformedInputError);
  });

  it('converts to a CloudEvent carrying the exact bytes', async () => {
    const msg = await createMessage(init('é'));
    const ce = msg.toCloudEvent();
    expect(ce).toMatchObject({ specversion: '1.0', id: 'm1', source: 'arn:aws:sqs:eu-west-1:1:q', type: 'aws:sqs' });
    expect(ce.time).toBe('2024-01-02T03:04:05.000Z');
    expect(Buffer.from(String(ce.data_base64), 'base64').toString('utf8')).toBe('é');
  });
});
