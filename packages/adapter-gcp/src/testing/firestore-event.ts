import type { CloudEvent, JsonValue } from '@faasport/core';
import type { StreamInput } from '@faasport/core/adapter';

/**
 * Where a built Firestore change happened.
 *
 * @example
 * const where: FirestoreTarget = { project: 'shop', collection: 'orders' }
 */
export interface FirestoreTarget {
  /** Default `faasport-local`. */
  readonly project?: string;
  /** Collection of a record whose partition key is not a document path itself; default `faasport`. */
  readonly collection?: string;
}

type FirestoreValue = Record<string, unknown>;

const TYPES = {
  insert: 'google.cloud.firestore.document.v1.created',
  modify: 'google.cloud.firestore.document.v1.updated',
  remove: 'google.cloud.firestore.document.v1.deleted',
} as const;

/**
 * Builds a Firestore `document.v1.*` CloudEvent in JSON form from a stream record: the change picks
 * the type (insert → created, modify → updated, remove → deleted; none → written), newImage and
 * oldImage become `value` and `oldValue` Documents with typed fields. The document path is
 * `keys.path` when it is a string, else the partition key when it is a path (`orders/42`), else
 * `<collection>/<partitionKey>`.
 *
 * @example
 * const ce = toFirestoreCloudEvent({ id: '1', partitionKey: 'users/alice', change: 'insert', newImage: { age: 30 } })
 */
export function toFirestoreCloudEvent(record: StreamInput, target: FirestoreTarget = {}): CloudEvent {
  const project = target.project ?? 'faasport-local';
  const database = `projects/${project}/databases/(default)`;
  const path = documentPath(record, target.collection ?? 'faasport');
  const time = (record.time ?? new Date()).toISOString();
  const name = `${database}/documents/${path}`;
  return {
    specversion: '1.0',
    id: record.id,
    source: `//firestore.googleapis.com/${database}`,
    subject: `documents/${path}`,
    type: record.change ? TYPES[record.change] : 'google.cloud.firestore.document.v1.written',
    time,
    datacontenttype: 'application/json',
    data: {
      value: record.newImage ? documentOf(name, record.newImage, time) : {},
      oldValue: record.oldImage ? documentOf(name, record.oldImage, time) : {},
      updateMask: {},
    },
  };
}

/**
 * Encodes plain JSON as a Firestore `Value` (JSON form): safe integers → `integerValue` strings,
 * other numbers → `doubleValue`, arrays → `arrayValue`, objects → `mapValue`.
 *
 * @example
 * toFirestoreValue({ qty: 2 }) // { mapValue: { fields: { qty: { integerValue: '2' } } } }
 */
export function toFirestoreValue(value: JsonValue): FirestoreValue {
  if (value === null) return { nullValue: null };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? { integerValue: String(value) } : { doubleValue: value };
  }
  if (Array.isArray(value)) return { arrayValue: { values: value.map(toFirestoreValue) } };
  return { mapValue: { fields: fieldsOf(value) } };
}

function fieldsOf(image: { [key: string]: JsonValue }): Record<string, FirestoreValue> {
  const fields: Record<string, FirestoreValue> = {};
  for (const [key, v] of Object.entries(image)) fields[key] = toFirestoreValue(v);
  return fields;
}

function documentOf(name: string, image: { [key: string]: JsonValue }, time: string): FirestoreValue {
  return { name, fields: fieldsOf(image), createTime: time, updateTime: time };
}

function documentPath(record: StreamInput, collection: string): string {
  const path = record.keys?.path;
  if (typeof path === 'string' && isDocumentPath(path)) return path;
  return isDocumentPath(record.partitionKey) ? record.partitionKey : `${collection}/${record.partitionKey}`;
}

function isDocumentPath(path: string): boolean {
  const segments = path.split('/');
  return segments.length % 2 === 0 && segments.every((s) => s !== '');
}
