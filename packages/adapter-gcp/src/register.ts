import type { Definition } from '@faasport/core';
import { DefinitionError } from '@faasport/core';
import { cloudEvent as registerCloudEvent, http as registerHttp } from '@google-cloud/functions-framework';
import { signatureOf, toCloudFunction } from './handler.js';
import type { CloudEventHandlerFunction, CloudFunctionOptions, CloudHttpFunction } from './types.js';

/**
 * Registers a definition with the Functions Framework under `name` (deploy with
 * `--entry-point <name>`): `functions.http` for `http` definitions and for event definitions given
 * `signatureType: 'http'`, `functions.cloudEvent` for the other event definitions. Returns the
 * registered function.
 *
 * @example
 * register('api', api)
 * register('orders', orders) // --trigger-topic=orders
 * register('nightly', nightly, { signatureType: 'http' }) // a Cloud Scheduler HTTP target
 */
export function register(
  name: string,
  def: Definition,
  options: Omit<CloudFunctionOptions, 'name'> = {},
): CloudHttpFunction | CloudEventHandlerFunction {
  const fn = toCloudFunction(def, { ...options, name });
  try {
    if (signatureOf(def, options) === 'http') registerHttp(name, fn as CloudHttpFunction);
    else registerCloudEvent(name, fn as CloudEventHandlerFunction);
  } catch (error) {
    // FF rejects names that are not 1–63 letters, digits, '-' or '_' starting with a letter.
    throw new DefinitionError(`register: the Functions Framework refused the name ${JSON.stringify(name)}`, {
      cause: error,
    });
  }
  return fn;
}
