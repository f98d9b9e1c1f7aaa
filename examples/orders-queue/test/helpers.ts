import type { Schema } from '@faasport/core';
import { createMessage, type MessageInput } from '@faasport/core/adapter';
import { recordingContext as sharedRecordingContext } from '../../../test/helpers/examples.js';
import type { Order } from '../src/order.js';

export { allTransports, loadAzureEntry } from '../../../test/helpers/examples.js';

/** A context whose log lines land in `lines` (parsed). */
export const recordingContext = () => sharedRecordingContext('orders-queue');

/** A valid order, with fields overridden. */
export function anOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orderId: 'o-1',
    customerId: 'c-1',
    currency: 'EUR',
    lines: [
      { sku: 'MUG-01', quantity: 2, unitPriceCents: 1250 },
      { sku: 'TEA-07', quantity: 1, unitPriceCents: 499 },
    ],
    ...overrides,
  };
}

/** A queue message carrying `body` (JSON-encoded unless already a string). */
export function aMessage(id: string, body: unknown, extra: Partial<MessageInput> = {}): MessageInput {
  return {
    id,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    publishedAt: new Date('2024-05-01T12:00:00Z'),
    ...extra,
  };
}

/** The normalized message the adapters would build, validated like they do. */
export function normalized(input: MessageInput, schema?: Schema<Order>) {
  return createMessage<Order, unknown>(
    {
      id: input.id,
      body: new TextEncoder().encode(String(input.body)),
      attributes: {},
      deliveryCount: input.deliveryCount ?? 1,
      publishedAt: input.publishedAt ?? new Date(),
      source: 'test-queue',
      type: 'test.message',
      raw: input,
    },
    schema,
  );
}
