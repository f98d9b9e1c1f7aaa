// The per-file check of the GCP event suites: one payload (a shared-corpus file or one of the project's own fixtures,
// same layout and file forms) posted to the real Functions Framework server the way the platform sends it (binary or
// structured CloudEvent, legacy gen 1 body, raw push body, Cloud Scheduler HTTP request), to a definition of the
// matching kind. The normalized value is checked against fields read from the JSON, independently of the adapter
// (gcp-events-checks.ts). A file no rule places fails; protobuf Firestore data must be refused (500, handler not run).
// Run by test/corpus/gcp-events.test.ts (the corpus) and test/own-fixtures/gcp-events.test.ts (own fixtures).
import { basename } from 'node:path';
import { toCloudFunction } from '@faasport/adapter-gcp';
import { cloudFunctionTransport, toStructuredCloudEventRequest } from '@faasport/adapter-gcp/testing';
import {
  type CloudEvent,
  type Definition,
  event,
  type Message,
  queue,
  type ScheduleEvent,
  type StorageEvent,
  type StreamRecord,
  schedule,
  storage,
  stream,
  UnsupportedEventError,
} from '@faasport/core';
import type { Transport } from '@faasport/core/adapter';
import { expect } from 'vitest';
import { checkEvent, checkMessage, checkSchedule, checkStorage, checkStream } from './gcp-events-checks.js';

/** A payload file's JSON, read field by field. */
export type Json = Record<string, unknown>;
/** The definition kind a file is delivered to. */
export type Kind = 'queue' | 'storage' | 'schedule' | 'stream' | 'event';
/** How a file is sent: see the fixtures README (binary, structured, legacy json, data only, push body, HTTP request). */
export type Form = 'binary' | 'structured' | 'json' | 'data' | 'push' | 'request';

/** Where a file goes and how it is sent. */
export interface Placement {
  readonly kind: Kind;
  readonly form: Form;
  /** CloudEvent type to send a data-only file with. */
  readonly type?: string;
  /** The adapter must refuse it (500, the handler never runs): Firestore protobuf data. */
  readonly refused?: boolean;
}

/** The CloudEvent source a data-only file is sent with, by type. */
export const SOURCE: Record<string, string> = {
  'google.cloud.pubsub.topic.v1.messagePublished': '//pubsub.googleapis.com/projects/p/topics/t',
  'google.cloud.storage.object.v1.finalized': '//storage.googleapis.com/projects/_/buckets/sample-bucket',
  'google.cloud.scheduler.job.v1.executed': '//cloudscheduler.googleapis.com/projects/p/locations/l/jobs/j',
  'google.cloud.firestore.document.v1.created': '//firestore.googleapis.com/projects/project-id/databases/(default)',
  'google.cloud.audit.log.v1.written': '//cloudaudit.googleapis.com/projects/test-project/logs/activity',
};
/** The `ce-time` a data-only file is sent with. */
export const DATA_TIME = '2024-05-01T03:00:00.000Z';

/**
 * The file form a file name says (see the fixtures README).
 *
 * @example
 * formOf('push-all-values.json') // 'push'
 */
export function formOf(name: string): Form {
  if (name.endsWith('-binary.json')) return 'binary';
  if (name.endsWith('-structured.json') || name.includes('ToCloudevent-expected')) return 'structured';
  if (name.includes('-pushSubscription-') || name.startsWith('push-')) return 'push';
  if (name.endsWith('-request.json')) return 'request';
  if (name.endsWith('-binarybody.json') || name.endsWith('-data.json')) return 'data';
  if (name.includes('-legacy-') || name.includes('cloudeventToLegacy-expected')) return 'json';
  throw new Error(`the GCP event suite cannot place ${name}: unknown file form`);
}

/**
 * Places a file by its `<folder>/<file>` name (the folder is `<kind>-<source>`).
 *
 * @example
 * placementOf('queue-pubsub/push-all-values.json') // { kind: 'queue', form: 'push' }
 */
export function placementOf(folderAndFile: string): Placement {
  const [folder = '', file = ''] = folderAndFile.split('/').slice(-2);
  const name = basename(file);
  const form = formOf(name);
  const withType = (kind: Kind, type: string): Placement => ({ kind, form, ...(form === 'data' ? { type } : {}) });
  switch (folder) {
    case 'queue-pubsub':
      return withType('queue', 'google.cloud.pubsub.topic.v1.messagePublished');
    case 'storage-gcs':
      return withType('storage', 'google.cloud.storage.object.v1.finalized');
    case 'schedule-scheduler':
      return withType('schedule', 'google.cloud.scheduler.job.v1.executed');
    case 'event-firestore':
      if (name.includes('firebasedb')) return { kind: 'event', form };
      return {
        ...withType('stream', 'google.cloud.firestore.document.v1.created'),
        ...(name.includes('-protobuf-') ? { refused: true } : {}),
      };
    case 'event-auditlog':
      return withType('event', 'google.cloud.audit.log.v1.written');
    case 'event-generic':
      return { kind: 'event', form };
    case 'conversion-expected':
      return { kind: /(^|-)pubsub-/.test(name) ? 'queue' : 'storage', form };
    default:
      throw new Error(`the GCP event suite cannot place ${folderAndFile} (folder ${folder})`);
  }
}

function post(body: unknown, headers: Record<string, string>, path = '/', method = 'POST'): Request {
  const all = new Headers({ 'content-type': 'application/json' });
  for (const [k, v] of Object.entries(headers)) all.set(k, v);
  const init = { method, headers: all, ...(body === null ? {} : { body: JSON.stringify(body) }) };
  return new Request(`http://localhost${path}`, init);
}

// A data-only Firestore file names its document in `value.name` (`…/documents/<path>`); Eventarc's subject is
// `documents/<path>` (https://cloud.google.com/eventarc/standard/docs/run/route-trigger-cloud-firestore).
function subjectOf(data: Json): string {
  const doc = (data.value ?? data.oldValue) as Json | undefined;
  const name = typeof doc?.name === 'string' ? doc.name : '';
  const at = name.indexOf('/documents/');
  return at === -1 ? 'documents/gcf-test/IH75dRdeYJKd4uuQiqch' : `documents/${name.slice(at + '/documents/'.length)}`;
}

/**
 * The request the platform would send for a file.
 *
 * @example
 * const req = requestOf(json, placementOf('storage-gcs/finalized-binary.json'))
 */
export function requestOf(json: Json, placement: Pick<Placement, 'form' | 'type'>): Request {
  switch (placement.form) {
    case 'binary':
      return post(json.body, json.headers as Record<string, string>);
    case 'structured':
      return toStructuredCloudEventRequest(json as unknown as CloudEvent);
    case 'request':
      return post(json.body, json.headers as Record<string, string>, json.path as string, json.method as string);
    case 'json':
    case 'push':
      return post(json, {});
    case 'data': {
      const type = placement.type as string;
      return post(json, {
        'ce-specversion': '1.0',
        'ce-id': 'corpus-1',
        'ce-type': type,
        'ce-source': SOURCE[type] as string,
        'ce-subject': subjectOf(json),
        'ce-time': DATA_TIME,
      });
    }
  }
}

interface Target {
  readonly seen: unknown[];
  readonly def: Definition;
  transport?: Transport;
}

function target(make: (record: (value: unknown) => Promise<void>) => Definition): Target {
  const seen: unknown[] = [];
  const record = async (value: unknown) => {
    seen.push(value);
  };
  return { seen, def: make(record) };
}

/** One Functions Framework server per kind (CloudEvent signature), and HTTP-signature ones for push and Scheduler. */
export interface GcpTargets {
  readonly cloudevent: Record<Kind, Target>;
  readonly http: Record<'queue' | 'schedule', Target>;
  close(): Promise<void>;
}

/**
 * Starts the servers the check posts to (127.0.0.1); `close()` stops them.
 *
 * @example
 * const targets = await startGcpTargets()
 * await checkGcpFile(targets, 'queue-pubsub/push-all-values.json', json)
 * await targets.close()
 */
export async function startGcpTargets(): Promise<GcpTargets> {
  const cloudevent: Record<Kind, Target> = {
    queue: target((r) => queue((msg: Message) => r(msg))),
    storage: target((r) => storage((ev: StorageEvent) => r(ev))),
    schedule: target((r) => schedule('0 3 * * *', (ev: ScheduleEvent) => r(ev))),
    stream: target((r) => stream((rec: StreamRecord) => r(rec))),
    event: target((r) => event((ce: CloudEvent) => r(ce))),
  };
  const http = {
    queue: target((r) => queue((msg: Message) => r(msg))),
    schedule: target((r) => schedule('0 3 * * *', (ev: ScheduleEvent) => r(ev))),
  };
  for (const t of Object.values(cloudevent)) t.transport = await cloudFunctionTransport(t.def, { logSink: () => {} });
  for (const t of Object.values(http)) {
    t.transport = await cloudFunctionTransport(t.def, { signatureType: 'http', logSink: () => {} });
  }
  const all = [...Object.values(cloudevent), ...Object.values(http)];
  return { cloudevent, http, close: async () => void (await Promise.all(all.map((t) => t.transport?.close()))) };
}

async function deliver(t: Target, request: Request, refused: boolean): Promise<unknown> {
  t.seen.length = 0;
  const res = await (t.transport as Transport).fetch(request);
  const text = await res.text();
  if (refused) {
    expect(res.status, text).toBe(500);
    expect(t.seen).toHaveLength(0);
    return undefined;
  }
  expect(res.status, text).toBe(204);
  expect(t.seen).toHaveLength(1);
  return t.seen[0];
}

/**
 * Delivers one file and checks what the handler saw (or that it was refused).
 *
 * @example
 * await checkGcpFile(targets, 'storage-gcs/finalized-binary.json', readJson(path))
 */
export async function checkGcpFile(targets: GcpTargets, folderAndFile: string, json: Json): Promise<void> {
  const placement = placementOf(folderAndFile);
  const viaHttp = placement.form === 'push' || placement.form === 'request';
  const t = viaHttp ? targets.http[placement.kind as 'queue' | 'schedule'] : targets.cloudevent[placement.kind];
  const value = await deliver(t, requestOf(json, placement), placement.refused === true);
  if (placement.refused) return;
  switch (placement.kind) {
    case 'queue':
      return checkMessage(value as Message, json, placement);
    case 'storage':
      return checkStorage(value as StorageEvent, json, placement);
    case 'schedule':
      return checkSchedule(value as ScheduleEvent, json, placement);
    case 'stream':
      return checkStream(value as StreamRecord, json, placement);
    case 'event':
      return checkEvent(value as CloudEvent, json, placement);
  }
}

/**
 * A binary-mode file of a source no kind but `event` takes (Firebase Realtime Database) is refused by a `stream`
 * definition with UnsupportedEventError naming the type: the rejection itself, or its `cause` when the adapter wraps
 * it in a generic error for the Functions Framework's response body.
 *
 * @example
 * await expectStreamRefuses(readJson('event-generic/firebase-database-written-binary.json'))
 */
export async function expectStreamRefuses(json: { headers: Record<string, string>; body: unknown }): Promise<void> {
  const attributes = Object.entries(json.headers).flatMap(([k, v]) => (k.startsWith('ce-') ? [[k.slice(3), v]] : []));
  const ce = { ...Object.fromEntries(attributes), data: json.body };
  const fn = toCloudFunction(
    stream(async () => {}),
    { logSink: () => {} },
  );
  const rejection: unknown = await fn(ce as never).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(rejection).toBeInstanceOf(Error);
  const typed = rejection instanceof UnsupportedEventError ? rejection : (rejection as Error).cause;
  expect(typed).toBeInstanceOf(UnsupportedEventError);
  expect((typed as Error).message).toMatch(/'stream' definition cannot take CloudEvent google\.firebase\.database/);
}
