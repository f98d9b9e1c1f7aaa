import type { CloudEvent, Schema } from '@faasport/core';
import { validate } from '@faasport/core/adapter';
import { describe, jsonValueOf } from './cloud-event-data.js';
import type { GcpCloudEvent } from './types.js';

/**
 * Any CloudEvent (audit logs, Firebase, custom Eventarc events…) for an `event` definition: the
 * CloudEvent exactly as received, data included (bytes stay bytes). With a schema, `data` is
 * parsed as JSON when it arrived as text or bytes, validated, and replaced by the schema's output
 * in a copy; a mismatch rejects with `ValidationError`, data that is not JSON with `MalformedInputError`.
 *
 * @example
 * const ce = await fromEventarcCloudEvent(cloudEvent, AuditSchema)
 */
export async function fromEventarcCloudEvent<T>(ce: GcpCloudEvent, schema?: Schema<T>): Promise<CloudEvent<T>> {
  if (!schema) return ce as CloudEvent<T>;
  const data = await validate(schema, jsonValueOf(ce), `${describe(ce)} data`);
  return { ...ce, data } as CloudEvent<T>;
}
