import type { StorageEvent } from '@faasport/core';
import { type CloudEvent, MalformedInputError, type Message, type Schema, UnsupportedEventError } from '@faasport/core';
import { createMessage, createStorageEvent, decodeBase64, validate } from '@faasport/core/adapter';
import { isCloudEventsSchemaEvent, isEventGridSchemaEvent } from './detect.js';
import { stringOf, toBytes, toDate, unquote } from './payload.js';

const BLOB_KINDS: Readonly<Record<string, StorageEvent['kind']>> = {
  'Microsoft.Storage.BlobCreated': 'created',
  'Microsoft.Storage.BlobDeleted': 'deleted',
};
const BLOB_SUBJECT = /^\/?blobServices\/default\/containers\/([^/]+)\/blobs\/(.+)$/;

/**
 * One Event Grid event, in either schema, as a CloudEvent 1.0. The Event Grid schema maps as
 * Microsoft documents it: id, source = `topic`, type = `eventType`, subject, time = `eventTime`,
 * data, and `dataVersion` as the `dataversion` extension. A CloudEvents-schema event is returned as is.
 * https://learn.microsoft.com/azure/event-grid/cloud-event-schema
 *
 * @example
 * toCloudEventFromEventGrid(egEvent).type // 'Microsoft.Storage.BlobCreated'
 */
export function toCloudEventFromEventGrid(value: unknown): CloudEvent {
  if (isCloudEventsSchemaEvent(value)) return value;
  if (!isEventGridSchemaEvent(value)) {
    throw new MalformedInputError('Event Grid: the event is neither Event Grid schema nor CloudEvents 1.0');
  }
  const source = stringOf(value.topic);
  if (!source) throw new MalformedInputError(`Event Grid event ${value.id}: no topic`);
  return {
    specversion: '1.0',
    id: value.id,
    source,
    type: value.eventType,
    time: value.eventTime,
    ...(typeof value.subject === 'string' && value.subject !== '' && { subject: value.subject }),
    ...(value.data !== undefined && { datacontenttype: 'application/json', data: value.data }),
    ...(typeof value.dataVersion === 'string' && value.dataVersion !== '' && { dataversion: value.dataVersion }),
  };
}

/**
 * The CloudEvent an `event` handler receives; with a schema, `data` (or the JSON in `data_base64`)
 * is validated and replaced by the schema's output (`ValidationError` / `MalformedInputError`).
 *
 * @example
 * const ce = await toValidatedCloudEvent(egEvent, OrderSchema)
 */
export async function toValidatedCloudEvent<T>(value: unknown, schema?: Schema<T>): Promise<CloudEvent<T>> {
  const ce = toCloudEventFromEventGrid(value);
  if (!schema) return ce as CloudEvent<T>;
  return { ...ce, data: await validate(schema, dataOf(ce), `event ${ce.id}`) };
}

/**
 * A `Microsoft.Storage.BlobCreated` / `BlobDeleted` event as a `StorageEvent`: bucket and key from the
 * subject `/blobServices/default/containers/<container>/blobs/<name>`, size = `contentLength`, etag
 * unquoted, contentType, time. Any other event type is an `UnsupportedEventError` naming it.
 * https://learn.microsoft.com/azure/event-grid/event-schema-blob-storage
 *
 * @example
 * fromEventGridBlob(egEvent, { trigger: egEvent, context }).key // 'new-file.txt'
 */
export function fromEventGridBlob<Raw>(value: unknown, raw: Raw): StorageEvent<Raw> {
  const ce = toCloudEventFromEventGrid(value);
  const kind = BLOB_KINDS[ce.type];
  if (!kind)
    throw new UnsupportedEventError('azure', `a storage definition cannot take Event Grid '${ce.type}' events`);
  // A CloudEvents-schema event is passed on as is: its subject may be any JSON.
  const match = typeof ce.subject === 'string' ? BLOB_SUBJECT.exec(ce.subject) : null;
  if (!match)
    throw new MalformedInputError(
      `Event Grid ${ce.type} ${ce.id}: subject ${JSON.stringify(ce.subject)} names no blob`,
    );
  const data = (typeof ce.data === 'object' && ce.data !== null ? ce.data : {}) as Record<string, unknown>;
  const size = typeof data.contentLength === 'number' ? data.contentLength : undefined;
  const etag = stringOf(data.eTag);
  const contentType = stringOf(data.contentType);
  return createStorageEvent<Raw>(
    {
      kind,
      bucket: match[1] as string,
      key: match[2] as string,
      time: toDate(ce.time, `Event Grid event ${ce.id}: time`),
      ...(size !== undefined && { size }),
      ...(etag !== undefined && { etag: unquote(etag) }),
      ...(contentType !== undefined && { contentType }),
      raw,
    },
    { id: ce.id, source: ce.source, type: ce.type },
  );
}

/**
 * An Event Grid event as a topic `Message`: id, body = the event's `data` (JSON-encoded; bytes for
 * `data_base64`), attributes `type` and `subject`, publishedAt = the event time (else now), source = topic.
 * Event Grid does not tell a trigger how often it delivered: deliveryCount is 1.
 *
 * @example
 * const msg = await fromEventGridMessage(egEvent, { trigger: egEvent, context })
 */
export async function fromEventGridMessage<T, Raw>(
  value: unknown,
  raw: Raw,
  schema?: Schema<T>,
): Promise<Message<T, Raw>> {
  const ce = toCloudEventFromEventGrid(value);
  const what = `Event Grid event ${ce.id}`;
  const attributes: Record<string, string> = { type: ce.type };
  if (typeof ce.subject === 'string' && ce.subject !== '') attributes.subject = ce.subject;
  return createMessage(
    {
      id: ce.id,
      body: typeof ce.data_base64 === 'string' ? decodeData(ce.data_base64, what) : toBytes(ce.data ?? null, what),
      attributes,
      deliveryCount: 1,
      // `time` is optional in the CloudEvents schema: then the arrival time.
      publishedAt: ce.time === undefined ? new Date() : toDate(ce.time, `${what}: time`),
      source: ce.source,
      type: ce.type,
      raw,
    },
    schema,
  );
}

function dataOf(ce: CloudEvent): unknown {
  if (typeof ce.data_base64 !== 'string') return ce.data;
  const text = new TextDecoder().decode(decodeData(ce.data_base64, `event ${ce.id}`));
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new MalformedInputError(`event ${ce.id}: data_base64 is not JSON`, { cause });
  }
}

function decodeData(base64: string, what: string): Uint8Array {
  return decodeBase64(base64, `${what}: data_base64`);
}
