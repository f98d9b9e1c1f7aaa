// Per-file check of the Azure Event Grid payloads (see azure-events.ts): a webhook body in either schema, every event of
// it through an event, a topic and (blob events) a storage definition; or the subscription-validation handshake.
// https://learn.microsoft.com/azure/event-grid/webhook-event-delivery
import az from '@azure/functions';
import { type CloudEvent, event, type Message, type StorageEvent, storage, topic } from '@faasport/core';
import { expect } from 'vitest';
import { readJson } from '../helpers/fixtures.js';
import { invoke, type TriggerFixture } from './azure-invoke.js';

type Json = Record<string, unknown>;

const BLOB_SUBJECT = /^\/?blobServices\/default\/containers\/([^/]+)\/blobs\/(.+)$/;
const GRID: TriggerFixture = { trigger: 'eventGridTrigger' };

/** A handshake capture: the webhook request's headers and body, and the answer Event Grid expects. */
export interface HandshakeCapture {
  headers: Record<string, string>;
  body: Json[];
  expectedResponse: { status: number; body: unknown };
}

/**
 * Posts a handshake capture to an event definition's webhook (an HTTP trigger) and checks the documented answer.
 *
 * @example
 * await checkHandshake(readJson(file))
 */
export async function checkHandshake(capture: HandshakeCapture): Promise<void> {
  const request = new az.HttpRequest({
    method: 'POST',
    url: 'https://corpus.azurewebsites.net/api/events',
    headers: capture.headers,
    body: { string: JSON.stringify(capture.body) },
  });
  const ran: CloudEvent[] = [];
  const out = await invoke(
    event((ce) => void ran.push(ce)),
    { trigger: 'httpTrigger' },
    request,
  );
  expect(out.result).toEqual({ status: capture.expectedResponse.status, jsonBody: capture.expectedResponse.body });
  expect(ran).toEqual([]);
}

// The bytes a topic subscriber gets: data_base64 decoded, else the JSON data.
function expectedBody(raw: Json): string {
  if (typeof raw.data_base64 === 'string') return Buffer.from(raw.data_base64, 'base64').toString('base64');
  const data = raw.data ?? null;
  return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64');
}

async function checkOne(raw: Json) {
  const isCe = raw.specversion === '1.0';
  const type = String(isCe ? raw.type : raw.eventType);
  const seen: CloudEvent[] = [];
  const asEvent = await invoke(
    event((e) => void seen.push(e)),
    GRID,
    raw,
  );
  expect(asEvent.error).toBeUndefined();
  expect(seen[0]).toMatchObject({ specversion: '1.0', id: raw.id, type, source: isCe ? raw.source : raw.topic });
  const messages: Message[] = [];
  const asTopic = await invoke(
    topic((m) => void messages.push(m)),
    GRID,
    raw,
  );
  expect(asTopic.error).toBeUndefined();
  expect(messages[0]).toMatchObject({ id: raw.id, attributes: { type } });
  expect(Buffer.from(messages[0]?.body ?? []).toString('base64')).toBe(expectedBody(raw));
  if (!type.startsWith('Microsoft.Storage.Blob')) return;
  const blobs: StorageEvent[] = [];
  const asStorage = await invoke(
    storage((e) => void blobs.push(e)),
    GRID,
    raw,
  );
  const match = BLOB_SUBJECT.exec(String(raw.subject));
  expect(asStorage.error).toBeUndefined();
  expect(blobs[0]).toMatchObject({
    kind: type.endsWith('Deleted') ? 'deleted' : 'created',
    bucket: match?.[1],
    key: match?.[2],
  });
}

/**
 * One Event Grid file: a handshake capture, or a webhook body (one event or an array) whose every event is checked.
 *
 * @example
 * await checkEventGrid('/path/to/blob-created-egschema.json')
 */
export async function checkEventGrid(file: string): Promise<void> {
  const json = readJson<unknown>(file);
  if (typeof json === 'object' && json !== null && 'expectedResponse' in json) {
    return checkHandshake(json as HandshakeCapture);
  }
  const events = (Array.isArray(json) ? json : [json]) as Json[];
  for (const raw of events) await checkOne(raw);
}
