import { randomUUID } from 'node:crypto';
import { eventTransport as awsEventTransport } from '@faasport/adapter-aws/testing';
import { register } from '@faasport/adapter-azure';
import {
  eventTransport as azureEventTransport,
  captureRegistration,
  type HostDelivery,
  invokeRegistered,
} from '@faasport/adapter-azure/testing';
import { eventTransport as gcpEventTransport } from '@faasport/adapter-gcp/testing';
import { type Context, queue, type Schema } from '@faasport/core';
import {
  createContext,
  createLogger,
  createMessage,
  type EventTransport,
  type MessageInput,
} from '@faasport/core/adapter';
import type { AlertSink } from '../src/alerts.js';
import type { Alert } from '../src/ranges.js';
import type { Reading } from '../src/reading.js';

/** A reading, with fields overridden. */
export function aReading(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { sensorId: 'fridge-1', kind: 'fridge', celsius: 4, takenAt: '2024-05-01T11:59:30Z', ...overrides };
}

/** A topic message carrying `body` (JSON-encoded unless already a string). */
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
    functionName: 'iot-alerts',
    invocationId: 'inv-1',
    coldStart: false,
    log,
    raw: {},
  });
  return { ctx, lines };
}

/** The normalized message the adapters would build, validated like they do. */
export function normalized(input: MessageInput, schema?: Schema<Reading>) {
  return createMessage<Reading, unknown>(
    {
      id: input.id,
      body: new TextEncoder().encode(String(input.body)),
      attributes: {},
      deliveryCount: input.deliveryCount ?? 1,
      publishedAt: input.publishedAt ?? new Date(),
      source: 'test-topic',
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

/**
 * Imports an `azure.ts` entry the way the Functions host loads `main`, with the library bound to the
 * testing worker, and returns an `invoke(delivery)` that runs the function it registered as the Node
 * worker would, plus that registration's bindings.
 */
export async function loadAzureEntry(load: () => Promise<unknown>, name: string) {
  // The library binds to the worker on its first registration: make that one ours.
  const { core } = captureRegistration(() =>
    register(
      'warm-up',
      queue(() => {}),
      { source: 'storage-queue', queueName: 'warm-up' },
    ),
  );
  await load();
  const registration = core.registrations.find((r) => r.metadata.name === name);
  if (!registration) throw new Error(`azure entry did not register '${name}'`);
  const [bindingName, binding] = Object.entries(registration.metadata.bindings).find(([, b]) =>
    /trigger$/i.test(b.type),
  ) ?? ['', { type: '' }];
  const invoke = (delivery: HostDelivery) =>
    invokeRegistered(
      core,
      registration,
      {
        invocationId: randomUUID(),
        inputData: [{ name: bindingName, data: delivery.input }],
        triggerMetadata: delivery.triggerMetadata,
      } as { invocationId: string },
      [],
    );
  return { binding, invoke };
}

/** An alert sink that keeps what it got, with the provider it ran on. */
export function collectAlerts(): { sink: AlertSink; alerts: (Alert & { provider: string })[] } {
  const alerts: (Alert & { provider: string })[] = [];
  return { sink: (alert, ctx) => void alerts.push({ ...alert, provider: ctx.provider }), alerts };
}
