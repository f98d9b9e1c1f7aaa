import { describe, expect, it } from 'vitest';
import { isDynamoDbStreamEvent } from '../../src/detect.js';
import { toDynamoDbStreamEvent } from '../../src/testing/dynamodb-event.js';

describe('toDynamoDbStreamEvent', () => {
  it('eventName from change, marshalled keys and images, view type, time in seconds', () => {
    const event = toDynamoDbStreamEvent([
      {
        id: 'c1',
        partitionKey: 'o-1',
        change: 'modify',
        newImage: { qty: 2 },
        oldImage: { qty: 1 },
        time: new Date(5000),
      },
      { id: 'c2', partitionKey: 'o-2', keys: { pk: 'o-2', sk: 1 } },
    ]);
    expect(isDynamoDbStreamEvent(event)).toBe(true);
    const [a, b] = event.Records;
    expect(a).toMatchObject({
      eventID: 'c1',
      eventName: 'MODIFY',
      dynamodb: {
        ApproximateCreationDateTime: 5,
        Keys: { id: { S: 'o-1' } },
        NewImage: { qty: { N: '2' } },
        OldImage: { qty: { N: '1' } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(b).toMatchObject({
      eventName: 'INSERT',
      dynamodb: { Keys: { pk: { S: 'o-2' }, sk: { N: '1' } }, StreamViewType: 'KEYS_ONLY' },
    });
  });
});
