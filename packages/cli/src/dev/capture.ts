import { type Definition, event, type HttpDefinition, queue, schedule, storage, stream, topic } from '@faasport/core';
import type { EventInput } from '@faasport/core/adapter';
import { deliverNative } from './deliver-native.js';
import { EventRefusedError } from './errors.js';
import type { NativeEvent } from './native-event.js';
import { GcpServers } from './native-gcp.js';
import { type Normalized, toEventInput } from './to-event-input.js';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;

function recorder(def: EventKindDefinition, seen: unknown[]): EventKindDefinition {
  const push = (value: unknown) => void seen.push(value);
  switch (def.kind) {
    case 'queue':
      return queue(push);
    case 'topic':
      return topic(push);
    case 'storage':
      return storage(push);
    case 'schedule':
      return schedule(def.schedule.expression, push);
    case 'stream':
      return stream(push);
    case 'event':
      return event(push);
  }
}

const KIND_OF = {
  queue: 'message',
  topic: 'message',
  storage: 'storage',
  schedule: 'schedule',
  stream: 'stream',
  event: 'event',
} as const;

/**
 * Reads a native payload the way its own provider's adapter does, with a recording definition of the
 * same kind, and returns the neutral input that lets another provider deliver the same thing.
 *
 * @example
 * const input = await captureNative('orders', orders, detectNative(sqsEvent)) // { kind: 'message', … }
 */
export async function captureNative(name: string, def: EventKindDefinition, native: NativeEvent): Promise<EventInput> {
  const seen: unknown[] = [];
  const gcp = new GcpServers();
  try {
    const result = await deliverNative(name, recorder(def, seen), native, gcp);
    if (result.outcome !== 'ok' || seen.length === 0) {
      throw new EventRefusedError(
        `${native.description} (${native.provider}) could not be read by its own adapter: ${JSON.stringify(result.results)}`,
      );
    }
  } finally {
    await gcp.close();
  }
  return toEventInput({ kind: KIND_OF[def.kind], items: seen } as Normalized);
}
