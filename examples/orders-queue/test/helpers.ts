import { eventTransport as awsEventTransport } from '@faasport/adapter-aws/testing';
import { eventTransport as azureEventTransport } from '@faasport/adapter-azure/testing';
import { eventTransport as gcpEventTransport } from '@faasport/adapter-gcp/testing';
import type { Context, Schema } from '@faasport/core';
import {
  createContext,
  createLogger,
  createMessage,
  type EventTransport,
  type MessageInput,
} from '@faasport/core/adapter';
import type { Order } from '../src/order.js';

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

/** A context whose log lines land in `lines` (parsed). */
export function recordingContext(): { ctx: Context; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    format: 'json',
    invocationId: 'inv-1',
    sink: (_level, line) => lines.push(JSON.parse(line)),
  });
  const ctx = createContext({
    provider: 'local',
    functionName: 'orders-queue',
    invocationId: 'inv-1',
    coldStart: false,
    log,
    raw: {},
  });
  return { ctx, lines };
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

const quiet = () => {};

/** The three clouds' event transports; close them after use. */
export function allTransports(): { aws: EventTransport; gcp: EventTransport; azure: EventTransport } {
  return { aws: awsEventTransport(), gcp: gcpEventTransport({ logSink: quiet }), azure: azureEventTransport() };
}
