// Test helpers every example shares: a context with captured log lines, the three clouds' event
// transports, and loading an example's azure.ts through the Azure testing worker.
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
import { type Context, queue } from '@faasport/core';
import { createContext, createLogger, type EventTransport } from '@faasport/core/adapter';

/** A context whose log lines land in `lines` (parsed). */
export function recordingContext(functionName: string): { ctx: Context; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    format: 'json',
    invocationId: 'inv-1',
    sink: (_level, line) => lines.push(JSON.parse(line)),
  });
  const ctx = createContext({
    provider: 'local',
    functionName,
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
