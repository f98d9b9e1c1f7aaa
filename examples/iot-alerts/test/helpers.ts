import type { Schema } from '@faasport/core';
import { createMessage, type MessageInput } from '@faasport/core/adapter';
import { recordingContext as sharedRecordingContext } from '../../../test/helpers/examples.js';
import type { AlertSink } from '../src/alerts.js';
import type { Alert } from '../src/ranges.js';
import type { Reading } from '../src/reading.js';

export { allTransports, loadAzureEntry } from '../../../test/helpers/examples.js';

/** A context whose log lines land in `lines` (parsed). */
export const recordingContext = () => sharedRecordingContext('iot-alerts');

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

/** An alert sink that keeps what it got, with the provider it ran on. */
export function collectAlerts(): { sink: AlertSink; alerts: (Alert & { provider: string })[] } {
  const alerts: (Alert & { provider: string })[] = [];
  return { sink: (alert, ctx) => void alerts.push({ ...alert, provider: ctx.provider }), alerts };
}
