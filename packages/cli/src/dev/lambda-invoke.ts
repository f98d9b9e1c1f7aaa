import { toLambda } from '@faasport/adapter-aws';
import { createLambdaContext } from '@faasport/adapter-aws/testing';
import type { Definition } from '@faasport/core';

/** One Lambda invocation's outcome: the value after Lambda's JSON round trip, or the rejection. */
export type LambdaOutcome =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: unknown };

type AnyLambda = (event: unknown, context: unknown) => Promise<unknown>;
const handlers = new WeakMap<Definition, AnyLambda>();

function handlerOf(def: Definition): AnyLambda {
  let handler = handlers.get(def);
  if (!handler) {
    handler = toLambda(def) as AnyLambda;
    handlers.set(def, handler);
  }
  return handler;
}

/**
 * Invokes a definition the way Lambda does: `toLambda(def)` given the event after a JSON round trip
 * and a Lambda context (timeout: the definition's `timeoutSeconds`, else Lambda's default 3 s); the
 * result goes through JSON too, as Lambda serializes it.
 *
 * @example
 * const out = await invokeLambda('orders', orders, sqsEvent, randomUUID())
 */
export async function invokeLambda(
  name: string,
  def: Definition,
  event: unknown,
  requestId: string,
): Promise<LambdaOutcome> {
  const timeoutMs = (def.options.timeoutSeconds ?? 3) * 1000;
  const context = createLambdaContext({ functionName: name, timeoutMs, awsRequestId: requestId });
  try {
    const value = await handlerOf(def)(JSON.parse(JSON.stringify(event)), context);
    return { ok: true, result: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, error };
  }
}
