import { type Definition, DefinitionError, type HttpDefinition, isDefinition } from '@faasport/core';
import type { FunctionSettings } from './context.js';
import { toHttpFunction } from './http.js';
import type { CloudFunctionOptions, CloudHttpFunction } from './types.js';

// https://cloud.google.com/functions/docs/configuring/timeout: HTTP functions run at most 60 minutes.
const MAX_HTTP_TIMEOUT_SECONDS = 3600;

/**
 * Turns a faasport definition into what the Functions Framework calls: for `http`, an HTTP function
 * `(req, res)`. Event definitions are not supported on GCP yet and throw `DefinitionError`.
 *
 * @example
 * import { http as registerHttp } from '@google-cloud/functions-framework'
 * registerHttp('api', toCloudFunction(api))
 */
export function toCloudFunction(def: Definition, options: CloudFunctionOptions = {}): CloudHttpFunction {
  if (!isDefinition(def)) {
    throw new DefinitionError(`toCloudFunction expects a faasport definition, got ${describe(def)}`);
  }
  if (def.kind === 'http') return toHttpFunction(def, settingsOf(def, options));
  throw new DefinitionError(`toCloudFunction: '${def.kind}' definitions are not supported on GCP yet (only 'http')`);
}

function settingsOf(def: HttpDefinition, options: CloudFunctionOptions): FunctionSettings {
  const env = process.env;
  const functionName = env.K_SERVICE || env.FUNCTION_TARGET || options.name || 'function';
  const seconds = def.options.timeoutSeconds;
  if (seconds === undefined) return { functionName, logSink: options.logSink };
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_HTTP_TIMEOUT_SECONDS) {
    throw new DefinitionError(
      `options.timeoutSeconds must be a number above 0 and at most ${MAX_HTTP_TIMEOUT_SECONDS} on GCP, got ${seconds}`,
    );
  }
  return { functionName, timeoutMs: seconds * 1000, logSink: options.logSink };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return `an object without the faasport brand (keys: ${Object.keys(value).slice(0, 5).join(', ') || 'none'})`;
}
