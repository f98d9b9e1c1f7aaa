import { MalformedInputError, storage, UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { EventFailedError } from '../src/errors.js';
import type { S3Event, S3Record } from '../src/event-types.js';
import { decodeS3Key, fromS3Record, invokeS3 } from '../src/s3.js';
import { toS3Event } from '../src/testing/s3-event.js';
import { eventContext } from './helpers.js';

function record(overrides: Partial<S3Record> = {}): S3Record {
  const base = toS3Event([{ id: 'r', kind: 'created', bucket: 'b', key: 'k' }]).Records[0] as S3Record;
  return { ...base, ...overrides };
}

describe('decodeS3Key', () => {
  it('turns + into a space first, then percent-decodes (%2B is a plus)', () => {
    expect(decodeS3Key('my+photo%2B1.jpg')).toBe('my photo+1.jpg');
    expect(decodeS3Key('Happy%20Face.jpg')).toBe('Happy Face.jpg');
    expect(decodeS3Key('a%2Fb/c%3Ad')).toBe('a/b/c:d');
    expect(decodeS3Key('z%C3%BCrich')).toBe('zürich');
    expect(decodeS3Key('plain/key.txt')).toBe('plain/key.txt');
  });

  it('a broken escape is a MalformedInputError naming the key', () => {
    expect(() => decodeS3Key('bad%E0%A4%A')).toThrow(MalformedInputError);
    expect(() => decodeS3Key('100%')).toThrow(/"100%" is not valid URL encoding/);
  });
});

describe('fromS3Record', () => {
  it('normalizes a put (object-created-put): key decoded (a+b%2Bc.jpg is "a b+c.jpg"), size, etag, time', () => {
    const rec = ownFixture<S3Event>('aws/storage-s3/object-created-put.json').Records[0] as S3Record;
    const ev = fromS3Record(rec);
    expect(rec.s3.object.key).toBe('a+b%2Bc.jpg');
    expect(ev).toMatchObject({
      kind: 'created',
      bucket: 'amzn-s3-demo-bucket',
      key: 'a b+c.jpg',
      size: 1305107,
      etag: 'b21b84d653bb07b05b1e6b33684dc11b',
    });
    expect(ev.time.toISOString()).toBe('2024-01-13T03:10:27.192Z');
    expect(ev.raw).toBe(rec);
    expect(ev.toCloudEvent()).toMatchObject({
      type: 'aws:s3:ObjectCreated:Put',
      source: 'arn:aws:s3:::amzn-s3-demo-bucket',
      subject: 'a b+c.jpg',
    });
  });

  it('lifecycle expiration is a delete; a delete has no size', () => {
    const rec = ownFixture<S3Event>('aws/storage-s3/lifecycle-expiration.json').Records[0] as S3Record;
    const ev = fromS3Record(rec);
    expect(ev.kind).toBe('deleted');
    expect(ev.size).toBeUndefined();
    const removed = ownFixture<S3Event>('aws/storage-s3/object-removed.json').Records[0] as S3Record;
    const deleted = fromS3Record(removed);
    expect(deleted).toMatchObject({ kind: 'deleted', key: 'reports/2024/jan summary.pdf' });
    expect(deleted.size).toBeUndefined();
  });

  it('placeholders like {region} and arn:{partition} (as test tools send) are odd strings, passed on untouched', () => {
    const removed = ownFixture<S3Event>('aws/storage-s3/object-removed.json').Records[0] as S3Record;
    const rec: S3Record = {
      ...removed,
      awsRegion: '{region}',
      s3: {
        ...removed.s3,
        bucket: { ...removed.s3.bucket, name: 'sourcebucket', arn: 'arn:{partition}:s3:::mybucket' },
      },
    };
    const ev = fromS3Record(rec);
    expect(ev).toMatchObject({ kind: 'deleted', bucket: 'sourcebucket', key: 'reports/2024/jan summary.pdf' });
    expect(ev.toCloudEvent().source).toBe('arn:{partition}:s3:::mybucket');
  });

  it('maps tagging, ACL and restore-completed to updated; refuses events that are not object changes', () => {
    expect(fromS3Record(record({ eventName: 'ObjectTagging:Put' })).kind).toBe('updated');
    expect(fromS3Record(record({ eventName: 'ObjectAcl:Put' })).kind).toBe('updated');
    expect(fromS3Record(record({ eventName: 'ObjectRestore:Completed' })).kind).toBe('updated');
    expect(fromS3Record(record({ eventName: 'ObjectRemoved:DeleteMarkerCreated' })).kind).toBe('deleted');
    expect(() => fromS3Record(record({ eventName: 'Replication:OperationFailedReplication' }))).toThrow(
      UnsupportedEventError,
    );
  });

  it('missing bucket or key, or an eventTime that is not a date, is a MalformedInputError naming it', () => {
    const base = record();
    expect(() => fromS3Record({ ...base, s3: { ...base.s3, bucket: { name: '' } } })).toThrow(/s3.bucket.name/);
    expect(() => fromS3Record({ ...base, s3: { ...base.s3, object: {} as never } })).toThrow(/s3.object.key/);
    expect(() => fromS3Record({ ...base, eventTime: 'soon' })).toThrow(/eventTime soon is not a date/);
  });
});

describe('invokeS3', () => {
  it('runs every record; one failure rejects the invocation naming the failed key', async () => {
    const seen: string[] = [];
    const def = storage((ev) => {
      seen.push(ev.key);
      if (ev.key === 'bad.jpg') throw new Error('corrupt');
    });
    const event = toS3Event([
      { id: '1', kind: 'created', bucket: 'b', key: 'bad.jpg' },
      { id: '2', kind: 'created', bucket: 'b', key: 'good.jpg' },
    ]);
    const { ctx } = eventContext();
    await expect(invokeS3(def, event, ctx)).rejects.toThrow(EventFailedError);
    await expect(invokeS3(def, event, ctx)).rejects.toThrow(/1 of 2 S3 record\(s\) failed \(bad\.jpg\)/);
    expect(seen.slice(0, 2)).toEqual(['bad.jpg', 'good.jpg']);
  });
});

describe('hostile records found by the fuzz suite (test/fuzz)', () => {
  it('a key that is an object fails the invocation with a typed error, not a TypeError from String()', async () => {
    const record = toS3Event([{ id: 'r', kind: 'created', bucket: 'b', key: 'k' }]).Records[0] as S3Record;
    const bad = { ...record, s3: { ...record.s3, object: { ...record.s3.object, key: JSON.parse('{"toString":1}') } } };
    const { ctx } = eventContext();
    const failing = invokeS3(
      storage(() => undefined),
      { Records: [bad] } as S3Event,
      ctx,
    );
    await expect(failing).rejects.toBeInstanceOf(EventFailedError);
    await expect(failing).rejects.toMatchObject({
      failed: ['(no s3.object.key)'],
      cause: expect.any(MalformedInputError),
    });
  });
});
