import { type Definition, DefinitionError, type HttpDefinition, isDefinition } from '@faasport/core';
import { invokeHttp } from './http-invoke.js';
import type { LambdaHandler } from './types.js';

/**
 * Checks that a value is an HTTP definition (the only kind Lambda handlers run for now).
 *
 * @example
 * const def = requireHttpDefinition(api, 'toLambda')
 */
export function requireHttpDefinition(def: unknown, caller: string): HttpDefinition {
  if (!isDefinition(def)) {
    throw new DefinitionError(`${caller} expects a faasport definition (http(...)), got ${describe(def)}`);
  }
  if (def.kind !== 'http') {
    throw new DefinitionError(`${caller} does not run "${(def as { kind: string }).kind}" definitions yet, only http`);
  }
  return def;
}

/**
 * Wraps a definition as a Lambda handler; detects API Gateway REST / HTTP API, Function URL and ALB events.
 *
 * @example
 * export const handler = toLambda(api)
 */
export function toLambda(def: Definition): LambdaHandler {
  const http = requireHttpDefinition(def, 'toLambda');
  // Event kinds other than HTTP (issue 3) dispatch here, one source file each.
  return (event, context) => invokeHttp(http, event, context);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object that is not one' : typeof value;
}
