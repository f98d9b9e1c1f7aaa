import { toLambda } from '@faasport/adapter-aws';
import { createLambdaContext } from '@faasport/adapter-aws/testing';
import type { Definition } from '@faasport/core';

/** One Lambda invocation's outcome: the value after Lambda's JSON round trip, or the rejection. */
export type LambdaOutcome =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: unknown };

/**
 * A Lambda Node.js handler as a module exports it (`toLambda(def)`, or any `(event, context)` function).
 * `never` parameters so every handler type fits; the invoker passes the JSON event and a Lambda context.
 */
export type LambdaHandler = (event: never, context: never) => unknown;

/** A function the Lambda API serves: its handler and what `ListFunctions` says of it. */
export interface LambdaFunction {
  readonly handler: LambdaHandler;
  /** The context's deadline; Lambda's default is 3 s. */
  readonly timeoutSeconds: number;
  readonly description: string;
}

type CallableLambda = (event: unknown, context: unknown) => unknown;
const fromDefinitions = new WeakMap<Definition, LambdaFunction>();
const fromHandlers = new WeakMap<LambdaHandler, LambdaFunction>();

/**
 * A definition as a Lambda function: `toLambda(def)`, built once per definition.
 *
 * @example
 * const fn = lambdaOfDefinition(orders) // { handler: toLambda(orders), timeoutSeconds: 30, … }
 */
export function lambdaOfDefinition(def: Definition): LambdaFunction {
  let fn = fromDefinitions.get(def);
  if (!fn) {
    fn = {
      handler: toLambda(def) as LambdaHandler,
      timeoutSeconds: def.options.timeoutSeconds ?? 3,
      description: `faasport ${def.kind} definition`,
    };
    fromDefinitions.set(def, fn);
  }
  return fn;
}

/**
 * A ready-made handler (a built `index.mjs` export) as a Lambda function with Lambda's default 3 s timeout.
 *
 * @example
 * const fn = lambdaOfHandler(built.hello) // { handler: built.hello, timeoutSeconds: 3, … }
 */
export function lambdaOfHandler(handler: LambdaHandler): LambdaFunction {
  let fn = fromHandlers.get(handler);
  if (!fn) {
    fn = { handler, timeoutSeconds: 3, description: 'Lambda handler' };
    fromHandlers.set(handler, fn);
  }
  return fn;
}

/**
 * Invokes a Lambda function the way Lambda does: its handler given the event after a JSON round
 * trip and a Lambda context (deadline: the function's timeout); the result goes through JSON too,
 * as Lambda serializes it.
 *
 * @example
 * const out = await invokeHandler('hello', lambdaOfHandler(built.hello), apiEvent, randomUUID())
 */
export async function invokeHandler(
  name: string,
  fn: LambdaFunction,
  event: unknown,
  requestId: string,
): Promise<LambdaOutcome> {
  const context = createLambdaContext({
    functionName: name,
    timeoutMs: fn.timeoutSeconds * 1000,
    awsRequestId: requestId,
  });
  try {
    const value = await (fn.handler as CallableLambda)(JSON.parse(JSON.stringify(event)), context);
    return { ok: true, result: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Invokes a definition the way Lambda does: `toLambda(def)` given the event after a JSON round trip
 * and a Lambda context (timeout: the definition's `timeoutSeconds`, else Lambda's default 3 s); the
 * result goes through JSON too, as Lambda serializes it.
 *
 * @example
 * const out = await invokeLambda('orders', orders, sqsEvent, randomUUID())
 */
export function invokeLambda(name: string, def: Definition, event: unknown, requestId: string): Promise<LambdaOutcome> {
  return invokeHandler(name, lambdaOfDefinition(def), event, requestId);
}
