// How the Azure corpus checks invoke the adapter: a trigger capture through toAzureHandler with the library's real
// InvocationContext, its trigger binding and trigger metadata set as the worker sets them.
import type az from '@azure/functions';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import type { Definition } from '@faasport/core';

type Json = Record<string, unknown>;

/** A trigger capture: `{ trigger, cardinality?, binding?, input, triggerMetadata }` (fixtures README, SOURCES.md). */
export interface TriggerFixture {
  trigger: string;
  cardinality?: 'one' | 'many';
  /** The trigger binding's options (queueName, topicName…), put on `context.options.trigger`. */
  binding?: Json;
  input?: unknown;
  inputLengthBytes?: number;
  triggerMetadata?: Json;
}

/** What an invocation gave: its result, or the error it rejected with. */
export interface Outcome {
  result: unknown;
  error: unknown;
}

/**
 * Runs `def` through toAzureHandler as the worker would for `fixture`'s trigger binding.
 *
 * @example
 * const { error } = await invoke(queue(() => {}), fixture)
 */
export async function invoke(def: Definition, fixture: TriggerFixture, trigger: unknown = fixture.input) {
  const { context } = createInvocationContext({ functionName: 'corpus' });
  context.options.trigger = {
    ...fixture.binding,
    name: 'trigger',
    type: fixture.trigger,
    ...(fixture.cardinality && { cardinality: fixture.cardinality }),
  };
  if (fixture.triggerMetadata) context.triggerMetadata = fixture.triggerMetadata;
  const handler = toAzureHandler(def) as (t: unknown, c: az.InvocationContext) => Promise<unknown>;
  return handler(trigger, context).then(
    (result): Outcome => ({ result, error: undefined }),
    (error: unknown): Outcome => ({ result: undefined, error }),
  );
}

/**
 * The bytes a handler should see for an input as the library handed it over (a JSON value was parsed).
 *
 * @example
 * bodyText({ a: 1 }) // '{"a":1}'
 */
export function bodyText(input: unknown): string {
  return typeof input === 'string' ? input : JSON.stringify(input);
}
