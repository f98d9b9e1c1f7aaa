import { describe, expect, it } from 'vitest';
import { isS3Event } from '../../src/detect.js';
import { decodeS3Key } from '../../src/s3.js';
import { encodeS3Key, toS3Event } from '../../src/testing/s3-event.js';

describe('encodeS3Key', () => {
  it('encodes the way S3 does: + for a space, %2B for a plus, / kept, parentheses escaped', () => {
    expect(encodeS3Key('my photo+1 (2).jpg')).toBe('my+photo%2B1+%282%29.jpg');
    expect(encodeS3Key('dir/sub/zürich.txt')).toBe('dir/sub/z%C3%BCrich.txt');
  });

  it('round-trips through decodeS3Key', () => {
    for (const key of ['a b+c', '100%/x', "it's *here*!", 'a%2Bb', 'ключ/файл 1'])
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
  });
});

describe('toS3Event', () => {
  it('builds one record per change: eventName per kind, encoded key, size and eTag', () => {
    const event = toS3Event([
      { id: 'r1', kind: 'created', bucket: 'photos', key: 'a b.jpg', size: 5, etag: 'e1', time: new Date(0) },
      { id: 'r2', kind: 'deleted', bucket: 'photos', key: 'x' },
      { id: 'r3', kind: 'updated', bucket: 'photos', key: 'y' },
    ]);
    expect(isS3Event(event)).toBe(true);
    expect(event.Records.map((r) => r.eventName)).toEqual([
      'ObjectCreated:Put',
      'ObjectRemoved:Delete',
      'ObjectTagging:Put',
    ]);
    expect(event.Records[0]).toMatchObject({
      eventTime: '1970-01-01T00:00:00.000Z',
      s3: { bucket: { name: 'photos', arn: 'arn:aws:s3:::photos' }, object: { key: 'a+b.jpg', size: 5, eTag: 'e1' } },
    });
    expect(event.Records[1]?.s3.object).not.toHaveProperty('size');
  });
});
