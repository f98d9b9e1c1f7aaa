import { type Context, type Definition, type HttpDefinition, UnsupportedEventError } from '@faasport/core';
import { describe } from './cloud-event-data.js';
import { sources } from './sources.js';
import type { CloudFunctionRequest, GcpCloudEvent } from './types.js';

/** Any definition but `http`. */
export type EventKindDefinition = Exclude<Definition, HttpDefinition>;

/**
 * What reached the function: a CloudEvent (from FF, or read from the request by the HTTP
 * signature), a raw Pub/Sub push body, or a Cloud Scheduler HTTP-target request.
 *
 * @example
 * const arrival: Arrival = { form: 'cloudevent', ce: cloudEvent }
 */
export type Arrival =
  | { readonly form: 'cloudevent'; readonly ce: GcpCloudEvent }
  | { readonly form: 'push'; readonly body: object }
  | { readonly form: 'scheduler'; readonly req: CloudFunctionRequest };

/**
 * Normalizes what arrived for the definition's kind and runs its handler once, through the first entry of
 * `sources` that takes the kind and detects the arrival. Rejects when the handler fails or the input cannot be
 * normalized (typed: `UnsupportedEventError` when the event does not fit the kind, naming what it takes,
 * `MalformedInputError`, `ValidationError`), so the invocation fails and the platform retries: nothing is
 * acknowledged unless the handler succeeded.
 *
 * @example
 * await invokeEvent(orders, { form: 'cloudevent', ce }, ctx)
 */
export async function invokeEvent(def: EventKindDefinition, arrival: Arrival, ctx: Context): Promise<void> {
  for (const source of sources) {
    if (source.kinds.includes(def.kind) && source.detect(arrival)) {
      await source.invoke(def, arrival, ctx);
      return;
    }
  }
  const found = arrival.form === 'cloudevent' ? describe(arrival.ce) : FOUND[arrival.form];
  throw new UnsupportedEventError(
    'gcp',
    `a '${def.kind}' definition cannot take ${found}; it takes ${takes(def.kind)}`,
  );
}

/**
 * The display names of the sources a definition kind takes, for error messages.
 *
 * @example
 * takes('queue') // 'Pub/Sub through Eventarc or Pub/Sub push subscription (HTTP signature)'
 */
export function takes(kind: EventKindDefinition['kind']): string {
  return sources
    .filter((s) => s.kinds.includes(kind))
    .map((s) => s.name)
    .join(' or ');
}

const FOUND = { push: 'a Pub/Sub push body', scheduler: 'a Cloud Scheduler HTTP request' } as const;
