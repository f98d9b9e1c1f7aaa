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
import { type Context, type JsonValue, queue, type StreamRecord } from '@faasport/core';
import {
  createContext,
  createLogger,
  createStreamRecord,
  type EventTransport,
  type StreamInput,
} from '@faasport/core/adapter';

/** A log line as services write it. */
export function aLine(time: string, level: string, service = 'checkout', extra: Record<string, unknown> = {}) {
  return { time, level, service, message: `${level} from ${service}`, ...extra };
}

/** A Kinesis / Event Hubs record: newline-delimited JSON lines. */
export function bytesRecord(id: string, lines: readonly unknown[], partitionKey = 'checkout'): StreamInput {
  const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
  return { id, partitionKey, data: text, time: new Date('2024-05-01T12:00:00Z') };
}

/** A Firestore / Cosmos DB change: one log entry as the new document. */
export function documentRecord(id: string, line: { [key: string]: JsonValue }): StreamInput {
  return {
    id,
    partitionKey: `logs/${id}`,
    change: 'insert',
    keys: { id },
    newImage: line,
    time: new Date('2024-05-01T12:00:00Z'),
  };
}

/** The normalized record an adapter would build. */
export function normalized(input: StreamInput, source = 'test-stream'): StreamRecord {
  const { data, time = new Date(), ...rest } = input;
  return createStreamRecord(
    {
      ...rest,
      sequence: input.id,
      time,
      source,
      ...(data === undefined ? {} : { data: typeof data === 'string' ? new TextEncoder().encode(data) : data }),
      raw: input,
    },
    'test.record',
  );
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
    functionName: 'log-stream',
    invocationId: 'inv-1',
    coldStart: false,
    log,
    raw: {},
  });
  return { ctx, lines };
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
  return { binding, metadata: registration.metadata, invoke };
}
