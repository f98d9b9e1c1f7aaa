import { sources } from '@faasport/adapter-gcp/testing';
import type { DefinitionKind } from '@faasport/core';
import { isCloudEvent } from '@faasport/core/adapter';
import type { NativeEvent } from './native-event.js';

type Json = Record<string, unknown>;

/** The CloudEvent types the GCP adapter maps to a trigger kind. */
export const GCP_TYPES = {
  pubsub: 'google.cloud.pubsub.topic.v1.messagePublished',
  storage: 'google.cloud.storage.object.v1.finalized',
  storageDeleted: 'google.cloud.storage.object.v1.deleted',
  scheduler: 'google.cloud.scheduler.job.v1.executed',
  firestore: 'google.cloud.firestore.document.v1.written',
  auditLog: 'google.cloud.audit.log.v1.written',
} as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Definition kinds the GCP adapter delivers a CloudEvent type to, read from the adapter's one list of
 * sources (any CloudEvent reaches `event`).
 *
 * @example
 * kindsOfGcpType('google.cloud.storage.object.v1.finalized') // ['storage', 'event']
 */
export function kindsOfGcpType(type: string): DefinitionKind[] {
  const ce = { specversion: '1.0', id: 'faasport', source: '//faasport', type } as const;
  const kinds = sources.filter((s) => s.detect({ form: 'cloudevent', ce })).flatMap((s) => s.kinds);
  return [...new Set(kinds)];
}

/**
 * The CloudEvent type a gen 1 (legacy) event type becomes in the Functions Framework.
 *
 * @example
 * typeOfLegacy('providers/cloud.pubsub/eventTypes/topic.publish') // google.cloud.pubsub.topic.v1.messagePublished
 */
export function typeOfLegacy(eventType: string): string {
  if (eventType.includes('pubsub')) return GCP_TYPES.pubsub;
  if (eventType.includes('storage')) return eventType.endsWith('delete') ? GCP_TYPES.storageDeleted : GCP_TYPES.storage;
  if (eventType.includes('firestore')) return GCP_TYPES.firestore;
  return eventType;
}

function headerOf(headers: Json, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return String(value);
  return undefined;
}

// Data-only files (`*-binarybody.json`, `*-data.json`): only the CloudEvent `data`, told apart by its own fields.
function dataOnlyType(json: Json): string | undefined {
  if (json.kind === 'storage#object') return GCP_TYPES.storage;
  if (isObject(json.protoPayload)) return GCP_TYPES.auditLog;
  if ('customData' in json || 'custom_data' in json) return GCP_TYPES.scheduler;
  if (('value' in json || 'oldValue' in json) && 'updateMask' in json) return GCP_TYPES.firestore;
  return undefined;
}

function native(shape: string, description: string, type: string, payload: unknown): NativeEvent {
  return {
    provider: 'gcp',
    shape,
    description: `${description} (${type})`,
    kinds: kindsOfGcpType(type),
    type,
    payload,
  };
}

/**
 * Recognises what Cloud Run functions receive: a binary-mode CloudEvent request (`{ headers, body }`),
 * a structured CloudEvent, a Pub/Sub push body, a gen 1 event, or only a CloudEvent's `data`.
 * Azure Event Grid CloudEvents (`Microsoft.*` types) are left to the Azure detector.
 *
 * @example
 * detectGcp({ message: { data: 'aGk=' }, subscription: 'projects/p/subscriptions/s' })?.shape // 'pubsub-push'
 */
export function detectGcp(payload: unknown): NativeEvent | undefined {
  if (!isObject(payload)) return undefined;
  if (isObject(payload.headers) && 'body' in payload) {
    const type = headerOf(payload.headers, 'ce-type');
    if (headerOf(payload.headers, 'ce-specversion') && type) {
      return native('cloudevent-binary', 'a binary-mode CloudEvent request', type, payload);
    }
    return undefined;
  }
  if (isCloudEvent(payload)) {
    if (/^(Microsoft|Azure)\./.test(payload.type) || payload.source.startsWith('/subscriptions/')) return undefined;
    return native('cloudevent-structured', 'a structured CloudEvent', payload.type, payload);
  }
  if (isObject(payload.message) && typeof payload.subscription === 'string') {
    return native('pubsub-push', 'a Pub/Sub push body', GCP_TYPES.pubsub, payload);
  }
  const context = isObject(payload.context) ? payload.context : payload;
  const legacyType = context.eventType ?? context.event_type;
  if (typeof legacyType === 'string' && 'data' in payload && ('resource' in context || 'eventId' in context)) {
    return native('legacy', 'a gen 1 event', typeOfLegacy(legacyType), payload);
  }
  const type = dataOnlyType(payload);
  return type ? native('cloudevent-data', "a CloudEvent's data", type, payload) : undefined;
}
