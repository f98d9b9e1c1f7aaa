import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/testing/message-text.js';

describe('messageText', () => {
  it('passes strings, decodes UTF-8 bytes, refuses bytes that are not UTF-8', () => {
    expect(messageText({ id: '1', body: 'x' }, 'SQS')).toBe('x');
    expect(messageText({ id: '2', body: Buffer.from('☃') }, 'SQS')).toBe('☃');
    expect(() => messageText({ id: '3', body: new Uint8Array([0xc3]) }, 'SNS')).toThrow(MalformedInputError);
    expect(() => messageText({ id: '3', body: new Uint8Array([0xc3]) }, 'SNS')).toThrow(
      /SNS carries text only: message 3/,
    );
  });
});
