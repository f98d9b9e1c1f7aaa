import { describe, expect, it } from 'vitest';
import { validationCodeOf } from '../../src/detect.js';
import {
  toEventGridBlobEvent,
  toEventGridSchema,
  toEventGridTrigger,
  toEventGridWebhookRequest,
  toSubscriptionValidationRequest,
} from '../../src/testing/event-grid-triggers.js';

const ce = {
  specversion: '1.0' as const,
  id: 'i',
  source: '/s',
  type: 't',
  subject: 'sub',
  time: '2026-01-01T00:00:00Z',
  data: { a: 1 },
  dataversion: '2',
};

describe('Event Grid builders', () => {
  it('toEventGridSchema maps a CloudEvent to the Event Grid schema', () => {
    expect(toEventGridSchema(ce)).toEqual({
      id: 'i',
      topic: '/s',
      subject: 'sub',
      eventType: 't',
      eventTime: '2026-01-01T00:00:00Z',
      data: { a: 1 },
      dataVersion: '2',
      metadataVersion: '1',
    });
  });

  it('toEventGridBlobEvent builds BlobCreated / BlobDeleted with the blob subject', () => {
    const created = toEventGridBlobEvent({ id: 'b', kind: 'updated', bucket: 'c', key: 'a/b', size: 4 }) as {
      eventType: string;
      subject: string;
      data: { contentLength: number };
    };
    expect([created.eventType, created.subject, created.data.contentLength]).toEqual([
      'Microsoft.Storage.BlobCreated',
      '/blobServices/default/containers/c/blobs/a/b',
      4,
    ]);
    expect(
      (toEventGridBlobEvent({ id: 'd', kind: 'deleted', bucket: 'c', key: 'k' }, true) as { type: string }).type,
    ).toBe('Microsoft.Storage.BlobDeleted');
  });

  it('toEventGridTrigger hands one parsed event with an eventGridTrigger binding', () => {
    const { trigger, context } = toEventGridTrigger(ce);
    expect(trigger).toEqual(ce);
    expect(context.options.trigger.type).toBe('eventGridTrigger');
  });

  it('webhook requests carry aeg-event-type and a JSON array; the validation request is a real handshake', async () => {
    const request = toEventGridWebhookRequest([toEventGridSchema(ce)]);
    expect(request.headers.get('aeg-event-type')).toBe('Notification');
    expect(JSON.parse(await request.text())).toHaveLength(1);
    const handshake = toSubscriptionValidationRequest('code-1');
    expect(validationCodeOf(handshake.headers.get('aeg-event-type'), JSON.parse(await handshake.text()))).toBe(
      'code-1',
    );
  });
});
