import { randomUUID } from 'node:crypto';
import type { Definition } from '@faasport/core';
import { isRefusal } from './errors.js';
import { batchFailuresOf, type FireResult, toJsonSafe } from './fire-result.js';
import { invokeLambda } from './lambda-invoke.js';
import type { NativeEvent } from './native-event.js';

/**
 * Delivers an AWS event as Lambda would: one invocation through `toLambda`. A batch answer with
 * `batchItemFailures` is `partial`; a rejection `failed` — except the adapter's own refusal of the
 * event (wrong kind, unrecognized), which is rethrown so the caller answers 400.
 *
 * @example
 * const result = await deliverAwsNative('orders', orders, detectNative(sqsEvent))
 */
export async function deliverAwsNative(name: string, def: Definition, native: NativeEvent): Promise<FireResult> {
  const out = await invokeLambda(name, def, native.payload, randomUUID());
  if (!out.ok && isRefusal(out.error)) throw out.error;
  const results = [out.ok ? { result: out.result } : { error: toJsonSafe(out.error) }];
  const failures = batchFailuresOf(results);
  const outcome = !out.ok ? 'failed' : failures && failures.length > 0 ? 'partial' : 'ok';
  return {
    function: name,
    provider: 'aws',
    via: `aws ${native.shape} (native)`,
    outcome,
    ...(failures ? { batchItemFailures: failures } : {}),
    results,
  };
}
