import { FaasportError } from '@faasport/core';
import { BuildError } from './errors.js';
import type { Target } from './plan.js';

/**
 * Runs `step` for one function; a faasport error (a schedule the platform cannot express, bad
 * bindings…) becomes a `BuildError` that names the function and the target.
 *
 * @example
 * const parts = forFunction('nightly', 'aws', () => samParts(fn, 1))
 */
export function forFunction<T>(name: string, target: Target, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof FaasportError)) throw error;
    throw new BuildError(`cannot build '${name}' for ${target}: ${error.message}`, { cause: error });
  }
}
