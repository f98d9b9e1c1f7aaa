import type { Definition } from '@faasport/core';
import { DefinitionError } from '@faasport/core';
import { http as registerHttp } from '@google-cloud/functions-framework';
import { toCloudFunction } from './handler.js';
import type { CloudFunctionOptions, CloudHttpFunction } from './types.js';

/**
 * Registers a definition with the Functions Framework under `name` (deploy with
 * `--entry-point <name>`). Returns the registered function.
 *
 * @example
 * register('api', api)
 */
export function register(
  name: string,
  def: Definition,
  options: Omit<CloudFunctionOptions, 'name'> = {},
): CloudHttpFunction {
  const fn = toCloudFunction(def, { ...options, name });
  try {
    registerHttp(name, fn);
  } catch (error) {
    // FF rejects names that are not 1–63 letters, digits, '-' or '_' starting with a letter.
    throw new DefinitionError(`register: the Functions Framework refused the name ${JSON.stringify(name)}`, {
      cause: error,
    });
  }
  return fn;
}
