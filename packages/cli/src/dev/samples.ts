import type { EventInput } from '@faasport/core/adapter';

/** A built-in sample event: neutral input and the native source that delivers it. */
export interface Sample {
  readonly provider: 'aws' | 'gcp' | 'azure' | undefined;
  /** The native source of that provider's transport; `undefined` for provider-neutral samples. */
  readonly source: string | undefined;
  readonly input: EventInput;
}

const T = new Date('2026-01-15T03:00:00.000Z');
const order = (orderId: string, sku: string, quantity: number) =>
  JSON.stringify({ orderId, customerId: 'c-7', currency: 'EUR', lines: [{ sku, quantity, unitPriceCents: 1250 }] });
const messages = (): EventInput => ({
  kind: 'message',
  messages: [
    { id: 'msg-1', body: order('o-1001', 'BOOK-42', 2), attributes: { origin: 'faasport-sample' }, publishedAt: T },
    { id: 'msg-2', body: order('o-1002', 'PEN-7', 1), publishedAt: T },
  ],
});
const storage = (): EventInput => ({
  kind: 'storage',
  events: [
    {
      id: 'obj-1',
      kind: 'created',
      bucket: 'uploads',
      key: 'photos/cat 1.jpg',
      size: 1024,
      contentType: 'image/jpeg',
      time: T,
    },
  ],
});
const dataStream = (): EventInput => ({
  kind: 'stream',
  records: [
    { id: 'rec-1', partitionKey: 'device-1', data: JSON.stringify({ temp: 21.5 }), time: T },
    { id: 'rec-2', partitionKey: 'device-1', data: JSON.stringify({ temp: 22.0 }), time: T },
  ],
});
const changeFeed = (): EventInput => ({
  kind: 'stream',
  records: [
    {
      id: 'chg-1',
      partitionKey: 'o-1001',
      change: 'insert',
      keys: { id: 'o-1001' },
      newImage: { id: 'o-1001', status: 'new', total: 19.9 },
      time: T,
    },
  ],
});
const cloudEvent = (): EventInput => ({
  kind: 'event',
  events: [
    {
      specversion: '1.0',
      id: 'evt-1',
      source: '/faasport/samples',
      type: 'com.example.order.created',
      time: T.toISOString(),
      datacontenttype: 'application/json',
      data: { orderId: 'o-1001' },
    },
  ],
});

const SAMPLES: Readonly<Record<string, () => Sample>> = {
  sqs: () => ({ provider: 'aws', source: 'sqs', input: messages() }),
  sns: () => ({ provider: 'aws', source: 'sns', input: messages() }),
  s3: () => ({ provider: 'aws', source: 's3', input: storage() }),
  kinesis: () => ({ provider: 'aws', source: 'kinesis', input: dataStream() }),
  dynamodb: () => ({ provider: 'aws', source: 'dynamodb', input: changeFeed() }),
  pubsub: () => ({ provider: 'gcp', source: 'pubsub', input: messages() }),
  gcs: () => ({ provider: 'gcp', source: 'gcs', input: storage() }),
  'storage-queue': () => ({ provider: 'azure', source: 'storage-queue', input: messages() }),
  'service-bus': () => ({ provider: 'azure', source: 'service-bus', input: messages() }),
  'event-grid': () => ({ provider: 'azure', source: 'event-grid-cloudevents', input: cloudEvent() }),
  timer: () => ({ provider: 'azure', source: 'timer', input: { kind: 'schedule', time: T } }),
  'event-hubs': () => ({ provider: 'azure', source: 'event-hubs', input: dataStream() }),
  'cosmos-db': () => ({ provider: 'azure', source: 'cosmos-db', input: changeFeed() }),
  schedule: () => ({ provider: undefined, source: undefined, input: { kind: 'schedule', time: T } }),
};

/** Names of the built-in samples (`http` is handled by `faasport invoke` itself). */
export const SAMPLE_KINDS: readonly string[] = [...Object.keys(SAMPLES), 'http'];

/**
 * The built-in sample of a kind name, or `undefined` when there is none.
 *
 * @example
 * sampleEvent('sqs') // { provider: 'aws', source: 'sqs', input: { kind: 'message', messages: [...] } }
 */
export function sampleEvent(kind: string): Sample | undefined {
  return Object.hasOwn(SAMPLES, kind) ? SAMPLES[kind]?.() : undefined;
}
