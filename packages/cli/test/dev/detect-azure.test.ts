import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectAzure } from '../../src/dev/detect-azure.js';

const file = (path: string) => ownFixture(`azure/${path}.json`);

describe('detectAzure', () => {
  it('reads trigger captures by their trigger type', () => {
    expect(detectAzure(file('queue-storage-queue/order-json'))).toMatchObject({
      shape: 'queueTrigger',
      kinds: ['queue'],
    });
    expect(detectAzure(file('queue-service-bus/topic-message'))).toMatchObject({
      shape: 'serviceBusTrigger',
      kinds: ['queue', 'topic'],
    });
    expect(detectAzure(file('schedule-timer/tick'))).toMatchObject({ kinds: ['schedule'] });
    expect(detectAzure(file('stream-event-hubs/many'))).toMatchObject({ kinds: ['stream'] });
    expect(detectAzure(file('stream-cosmos-db/change-feed'))).toMatchObject({ kinds: ['stream'] });
    expect(detectAzure(file('storage-blob/created'))).toMatchObject({ kinds: ['storage'] });
  });

  it('reads Event Grid events in both schemas, one or many, and the validation handshake', () => {
    expect(detectAzure(file('event-event-grid/blob-created-egschema'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('event-event-grid/blob-created-cloudevents-single'))).toMatchObject({
      shape: 'event-grid',
    });
    expect(detectAzure(file('event-event-grid/custom-topic-cloudevents'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('event-event-grid/cloudevents-base64data'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('event-event-grid/subscription-validation'))).toMatchObject({
      shape: 'event-grid-webhook',
    });
  });

  it('refuses HTTP captures and unknown triggers by name; leaves other shapes alone', () => {
    expect(() => detectAzure(file('http/browser-get'))).toThrow(/HTTP trigger capture carries no request to replay/);
    expect(() => detectAzure({ trigger: 'kafkaTrigger' })).toThrow(
      "the Azure trigger 'kafkaTrigger' has no faasport trigger kind",
    );
    expect(detectAzure({ specversion: '1.0', id: '1', source: '//pubsub', type: 'google.cloud.x' })).toBeUndefined();
    expect(detectAzure([])).toBeUndefined();
  });
});
