import { MalformedInputError, type StreamRecord, UnsupportedEventError } from '@faasport/core';
import { createStreamRecord } from '@faasport/core/adapter';
import { describe, jsonDataOf, timeOf } from './cloud-event-data.js';
import { firestoreAction } from './detect.js';
import { fromFirestoreFields } from './firestore-value.js';
import type { GcpCloudEvent } from './types.js';

type Change = NonNullable<StreamRecord['change']>;

const CHANGES: Readonly<Record<string, Change>> = { created: 'insert', updated: 'modify', deleted: 'remove' };
const DOCUMENTS = '/documents/';
// https://cloud.google.com/eventarc/standard/docs/run/route-trigger-cloud-firestore
const PROTOBUF_FIX =
  'create the Eventarc trigger with --event-data-content-type=application/json, or use an event() definition to receive the raw bytes';

/**
 * A Firestore `document.v1.*` CloudEvent in JSON form → `StreamRecord`: change from the type
 * (created → insert, updated → modify, deleted → remove; written → from which of `oldValue` and
 * `value` hold a document), keys `{ path }` and partitionKey = the document path
 * (`users/alice`), newImage/oldImage as plain JSON, id and sequence = the event id, time = the
 * event time. Protobuf data (Eventarc's default for Firestore) is an `UnsupportedEventError`
 * that names the fix.
 *
 * @example
 * const rec = fromFirestoreCloudEvent(cloudEvent)
 * if (rec.change === 'insert') await welcome(rec.newImage)
 */
export function fromFirestoreCloudEvent(ce: GcpCloudEvent): StreamRecord<GcpCloudEvent> {
  const action = firestoreAction(ce);
  if (action === undefined) throw new MalformedInputError(`${describe(ce)} is not a Firestore document event`);
  if (isProtobuf(ce)) {
    throw new UnsupportedEventError(
      'gcp',
      `${describe(ce)} carries protobuf data (application/protobuf): ${PROTOBUF_FIX}`,
    );
  }
  const data = jsonDataOf(ce);
  const newDoc = documentOf(data.value);
  const oldDoc = documentOf(data.oldValue);
  const newImage = newDoc && fromFirestoreFields(newDoc.fields, 'value.fields');
  const oldImage = oldDoc && fromFirestoreFields(oldDoc.fields, 'oldValue.fields');
  const path = pathOf(ce, newDoc ?? oldDoc);
  return createStreamRecord(
    {
      id: ce.id,
      sequence: ce.id,
      partitionKey: path,
      time: timeOf(ce.time ?? newDoc?.updateTime, `${describe(ce)}: time`),
      change: CHANGES[action] ?? writtenChange(newDoc, oldDoc),
      keys: { path },
      ...(newImage ? { newImage } : {}),
      ...(oldImage ? { oldImage } : {}),
      source: ce.source,
      raw: ce,
    },
    ce.type,
  );
}

function isProtobuf(ce: GcpCloudEvent): boolean {
  const type = typeof ce.datacontenttype === 'string' ? ce.datacontenttype.toLowerCase() : '';
  return type.includes('protobuf') || (ce.data instanceof Uint8Array && !type.includes('json'));
}

interface Document {
  readonly name?: unknown;
  readonly fields?: unknown;
  readonly updateTime?: unknown;
}

// `oldValue` of a creation and `value` of a deletion arrive as `{}`: no document.
function documentOf(value: unknown): Document | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const doc = value as Document;
  return typeof doc.name === 'string' ? doc : undefined;
}

function writtenChange(newDoc: Document | undefined, oldDoc: Document | undefined): Change {
  if (!oldDoc) return 'insert';
  return newDoc ? 'modify' : 'remove';
}

function pathOf(ce: GcpCloudEvent, doc: Document | undefined): string {
  // A structured CloudEvent may carry any JSON in `subject`.
  if (typeof ce.subject === 'string' && ce.subject.startsWith('documents/'))
    return ce.subject.slice('documents/'.length);
  const name = typeof doc?.name === 'string' ? doc.name : '';
  const at = name.indexOf(DOCUMENTS);
  if (at !== -1) return name.slice(at + DOCUMENTS.length);
  throw new MalformedInputError(`${describe(ce)}: no document path in its subject or document name`);
}
