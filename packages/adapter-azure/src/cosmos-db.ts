import type { InvocationContext } from '@azure/functions';
import { type JsonValue, MalformedInputError, type StreamRecord } from '@faasport/core';
import { createStreamRecord, setOwn } from '@faasport/core/adapter';
import { stringOf, toDate } from './payload.js';
import type { AzureEventRaw } from './types.js';

/** CloudEvents `type` of a Cosmos DB change. */
export const COSMOS_DB_CHANGE = 'Microsoft.DocumentDB.Change';

type Document = { [key: string]: JsonValue };
const CHANGES: Readonly<Record<string, StreamRecord['change']>> = {
  create: 'insert',
  replace: 'modify',
  delete: 'remove',
};

/**
 * Turns one change-feed document into a `StreamRecord`. Latest-version mode (the default) delivers the
 * current document only: it cannot tell an insert from an update and never delivers deletes, so
 * change = `modify` and newImage = the document. In all-versions-and-deletes mode (`{ current,
 * previous, metadata }` items) change comes from `metadata.operationType` and oldImage from `previous`.
 * id and keys from `id` (and `partitionKey` when the document has one), sequence = `_lsn` (else
 * `_etag`), time = `_ts` (epoch seconds); images without the system properties (`_rid`, `_etag`, `_ts`…).
 * https://learn.microsoft.com/azure/cosmos-db/nosql/change-feed-modes
 *
 * @example
 * const rec = fromCosmosDocument(documents[0], context)
 */
export function fromCosmosDocument(item: unknown, context: InvocationContext): StreamRecord<AzureEventRaw> {
  const versioned = isVersionedItem(item, context);
  const doc = (versioned ? (item.current ?? item.previous ?? idOnly(item.metadata.id)) : item) as Document | undefined;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new MalformedInputError('Cosmos DB change: the item is not a document');
  }
  const id = stringOf(doc.id);
  if (!id) throw new MalformedInputError('Cosmos DB change: the document has no id');
  const sequence = stringOf(versioned ? item.metadata.lsn : doc._lsn) ?? stringOf(doc._etag);
  if (!sequence) throw new MalformedInputError(`Cosmos DB document ${id}: no _lsn or _etag`);
  const ts = versioned ? item.metadata.crts : doc._ts;
  const partitionKey = stringOf(doc.partitionKey) ?? '';
  const keys: Document = partitionKey === '' ? { id } : { id, partitionKey };
  const previous = versioned ? item.previous : undefined;
  return createStreamRecord<AzureEventRaw>(
    {
      id,
      sequence,
      partitionKey,
      time: toDate(typeof ts === 'number' ? ts * 1000 : ts, `Cosmos DB document ${id}: _ts`),
      change: versioned ? (CHANGES[String(item.metadata.operationType).toLowerCase()] ?? 'modify') : 'modify',
      keys,
      ...(!versioned || item.current ? { newImage: withoutSystem(doc) } : {}),
      ...(previous ? { oldImage: withoutSystem(previous) } : {}),
      source: cosmosSource(context),
      raw: { trigger: item, context },
    },
    COSMOS_DB_CHANGE,
  );
}

interface VersionedItem {
  readonly current?: Document | null;
  readonly previous?: Document;
  readonly metadata: {
    readonly operationType?: unknown;
    readonly lsn?: unknown;
    readonly crts?: unknown;
    readonly id?: unknown;
  };
}

function isVersionedItem(item: unknown, context: InvocationContext): item is VersionedItem {
  const mode = context.options.trigger.changeFeedMode;
  if (typeof mode !== 'string' || mode.toLowerCase() !== 'allversionsanddeletes') return false;
  const metadata = (item as { metadata?: unknown } | null)?.metadata;
  return typeof metadata === 'object' && metadata !== null;
}

// Cosmos DB's own bookkeeping; `raw` keeps it.
const SYSTEM_PROPERTIES = new Set(['_rid', '_self', '_etag', '_attachments', '_ts', '_lsn']);

function withoutSystem(doc: Document): Document {
  const out: Document = {};
  for (const [key, value] of Object.entries(doc)) if (!SYSTEM_PROPERTIES.has(key)) setOwn(out, key, value);
  return out;
}

// A delete without a previous image still names the document.
function idOnly(id: unknown): Document | undefined {
  return typeof id === 'string' ? { id } : undefined;
}

function cosmosSource(context: InvocationContext): string {
  const { databaseName, containerName } = context.options.trigger;
  return typeof databaseName === 'string' && typeof containerName === 'string'
    ? `${databaseName}/${containerName}`
    : 'cosmos-db';
}
