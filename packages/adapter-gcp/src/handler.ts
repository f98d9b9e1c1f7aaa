import { type Definition, DefinitionError, type HttpDefinition } from '@faasport/core';
import { abortMarginOf, isDefinition } from '@faasport/core/adapter';
import type { FunctionSettings } from './context.js';
import { toCloudEventFunction } from './event-function.js';
import { toEventHttpFunction } from './event-http.js';
import type { EventKindDefinition } from './event-invoke.js';
import { toHttpFunction } from './http-invoke.js';
import { installCloudRunShutdown } from './lifecycle.js';
import type { CloudEventHandlerFunction, CloudFunctionOptions, CloudHttpFunction } from './types.js';

// https://cloud.google.com/functions/docs/configuring/timeout: HTTP functions run at most 60 minutes,
// event-driven ones 9 minutes.
const MAX_HTTP_TIMEOUT_SECONDS = 3600;
const MAX_EVENT_TIMEOUT_SECONDS = 540;

/**
 * Turns a faasport definition into what the Functions Framework calls: for `http`, an HTTP function
 * `(req, res)`; for event kinds, a CloudEvent function `(cloudEvent) => Promise<void>`, or with
 * `signatureType: 'http'` an HTTP function that reads the event from the request (Cloud Scheduler
 * HTTP targets, Pub/Sub push subscriptions).
 *
 * @example
 * import { cloudEvent } from '@google-cloud/functions-framework'
 * cloudEvent('orders', toCloudFunction(orders))
 */
export function toCloudFunction(def: HttpDefinition, options?: CloudFunctionOptions): CloudHttpFunction;
export function toCloudFunction(
  def: EventKindDefinition,
  options: CloudFunctionOptions & { readonly signatureType: 'http' },
): CloudHttpFunction;
export function toCloudFunction(
  def: EventKindDefinition,
  options?: CloudFunctionOptions & { readonly signatureType?: 'cloudevent' },
): CloudEventHandlerFunction;
export function toCloudFunction(
  def: Definition,
  options?: CloudFunctionOptions,
): CloudHttpFunction | CloudEventHandlerFunction;
export function toCloudFunction(
  def: Definition,
  options: CloudFunctionOptions = {},
): CloudHttpFunction | CloudEventHandlerFunction {
  if (!isDefinition(def)) {
    throw new DefinitionError(`toCloudFunction expects a faasport definition, got ${describe(def)}`);
  }
  const signature = signatureOf(def, options);
  installCloudRunShutdown();
  if (def.kind === 'http') return toHttpFunction(def, settingsOf(def, options, MAX_HTTP_TIMEOUT_SECONDS));
  if (signature === 'http') return toEventHttpFunction(def, settingsOf(def, options, MAX_HTTP_TIMEOUT_SECONDS));
  return toCloudEventFunction(def, settingsOf(def, options, MAX_EVENT_TIMEOUT_SECONDS));
}

/**
 * The Functions Framework signature a definition is served with: `http` for HTTP definitions and
 * for event definitions given `signatureType: 'http'`, else `cloudevent`.
 *
 * @example
 * signatureOf(nightly, { signatureType: 'http' }) // 'http'
 */
export function signatureOf(def: Definition, options: CloudFunctionOptions): 'http' | 'cloudevent' {
  const wanted = options.signatureType;
  if (wanted !== undefined && wanted !== 'http' && wanted !== 'cloudevent') {
    throw new DefinitionError(`signatureType must be 'cloudevent' or 'http', got ${JSON.stringify(wanted)}`);
  }
  return def.kind === 'http' || wanted === 'http' ? 'http' : 'cloudevent';
}

function settingsOf(def: Definition, options: CloudFunctionOptions, max: number): FunctionSettings {
  const env = process.env;
  const functionName = env.K_SERVICE || env.FUNCTION_TARGET || options.name || 'function';
  const base = { functionName, logSink: options.logSink, abortMarginMs: abortMarginOf(def.options) };
  const declared = def.options.timeoutSeconds;
  if (declared === undefined) {
    const framework = frameworkTimeout(env.CLOUD_RUN_TIMEOUT_SECONDS);
    return framework === undefined ? base : { ...base, timeoutMs: Math.min(framework, max) * 1000 };
  }
  const seconds = declared;
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > max) {
    throw new DefinitionError(
      `options.timeoutSeconds must be a number above 0 and at most ${max} on GCP for this function, got ${seconds}`,
    );
  }
  return { ...base, timeoutMs: seconds * 1000 };
}

// The Functions Framework takes its request timeout from CLOUD_RUN_TIMEOUT_SECONDS (options.ts,
// `--timeout`); a declared timeoutSeconds wins. 0 or garbage means none, as in the framework.
function frameworkTimeout(value: string | undefined): number | undefined {
  const seconds = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return seconds > 0 ? seconds : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return `an object without the faasport brand (keys: ${Object.keys(value).slice(0, 5).join(', ') || 'none'})`;
}
