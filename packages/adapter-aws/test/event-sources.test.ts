import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { describeValue, sourceOf } from '../src/event-sources.js';
import { toEventBridgeEvent } from '../src/testing/eventbridge-event.js';
import { toSqsEvent } from '../src/testing/sqs-event.js';
import { albEvent } from './helpers.js';

describe('sourceOf', () => {
  it('names mapped and refused sources, and nothing for an unknown payload', () => {
    expect(sourceOf(toSqsEvent([{ id: 'm', body: '' }], { fifo: true }))).toEqual({
      name: 'an SQS FIFO batch',
      supported: true,
    });
    expect(sourceOf(albEvent(false))?.name).toBe('an ALB request');
    expect(sourceOf(ownFixture('aws/other/ses-receipt.json'))).toEqual({
      name: 'an SES receipt event',
      supported: false,
    });
    const custom = toEventBridgeEvent({ specversion: '1.0', id: 'e', source: 'shop', type: 'Paid', data: {} });
    expect(sourceOf(custom)?.name).toBe('an EventBridge event (source shop, detail-type Paid)');
    expect(sourceOf({})).toBeUndefined();
    expect(sourceOf(null)).toBeUndefined();
  });
});

describe('describeValue', () => {
  it('says what a value is', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue({ a: 1, b: 2 })).toBe('an object with keys [a, b]');
  });
});
