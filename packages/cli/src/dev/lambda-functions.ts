import type { Definition } from '@faasport/core';
import type { LambdaApiHost } from './lambda-api.js';
import { type LambdaHandler, lambdaOfDefinition, lambdaOfHandler } from './lambda-invoke.js';

/** The part of `LambdaApiHost` that says which functions exist. */
export type LambdaFunctions = Pick<LambdaApiHost, 'functionNames' | 'handlerOf'>;

/**
 * What the Lambda API serves: the current definitions (each through `toLambda`, built once) and
 * ready-made handlers, which win on a shared name (a built artifact replaces its source).
 *
 * @example
 * const fns = lambdaFunctions(() => state.definitions, await import('./dist/aws/index.mjs'))
 * fns.handlerOf('hello') // { handler, timeoutSeconds: 3, description: 'Lambda handler' }
 */
export function lambdaFunctions(
  definitions: () => ReadonlyMap<string, Definition>,
  handlers: Readonly<Record<string, LambdaHandler>> = {},
): LambdaFunctions {
  const ready = new Map(Object.entries(handlers).map(([name, handler]) => [name, lambdaOfHandler(handler)]));
  return {
    functionNames: () => [...new Set([...definitions().keys(), ...ready.keys()])],
    handlerOf(name) {
      const fn = ready.get(name);
      if (fn) return fn;
      const def = definitions().get(name);
      return def ? lambdaOfDefinition(def) : undefined;
    },
  };
}
