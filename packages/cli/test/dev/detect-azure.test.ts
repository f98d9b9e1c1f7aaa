import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { detectAzure } from '../../src/dev/detect-azure.js';

const file = (contains: string) =>
  readJson(listCorpus('azure', '').find((f) => corpusName(f).includes(contains)) as string);

describe('detectAzure', () => {
  it('reads trigger captures by their trigger type', () => {
    expect(detectAzure(file('nodejslib-storageQueue'))).toMatchObject({ shape: 'queueTrigger', kinds: ['queue'] });
    expect(detectAzure(file('serviceBusTopic'))).toMatchObject({
      shape: 'serviceBusTrigger',
      kinds: ['queue', 'topic'],
    });
    expect(detectAzure(file('timer-tick'))).toMatchObject({ kinds: ['schedule'] });
    expect(detectAzure(file('eventHub-many'))).toMatchObject({ kinds: ['stream'] });
    expect(detectAzure(file('cosmosDB'))).toMatchObject({ kinds: ['stream'] });
    expect(detectAzure(file('storageBlob-created'))).toMatchObject({ kinds: ['storage'] });
  });

  it('reads Event Grid events in both schemas, one or many, and the validation handshake', () => {
    expect(detectAzure(file('blobCreated-egschema'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('blobCreated-cloudevents-single'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('customTopic-cloudevents'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('cloudevents-base64data'))).toMatchObject({ shape: 'event-grid' });
    expect(detectAzure(file('subscriptionValidation'))).toMatchObject({ shape: 'event-grid-webhook' });
  });

  it('refuses HTTP captures and unknown triggers by name; leaves other shapes alone', () => {
    expect(() => detectAzure(file('http-browserGet'))).toThrow(/HTTP trigger capture carries no request to replay/);
    expect(() => detectAzure({ trigger: 'kafkaTrigger' })).toThrow(
      "the Azure trigger 'kafkaTrigger' has no faasport trigger kind",
    );
    expect(detectAzure({ specversion: '1.0', id: '1', source: '//pubsub', type: 'google.cloud.x' })).toBeUndefined();
    expect(detectAzure([])).toBeUndefined();
  });
});
