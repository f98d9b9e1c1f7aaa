import type { Definition, HttpDefinition } from '@faasport/core';
import { DefinitionError } from '@faasport/core';
import type { DeliveryReport, EventInput, EventTransport, LogSink, Transport } from '@faasport/core/adapter';
import { sources } from '../sources.js';
import type { SignatureType } from '../types.js';
import { toBinaryCloudEventRequest } from './cloud-event-request.js';
import { toFirestoreCloudEvent } from './firestore-event.js';
import { toPubSubCloudEvent, toPubSubPushBody } from './pubsub-event.js';
import { toSchedulerRequest } from './scheduler-request.js';
import { toStorageCloudEvent } from './storage-event.js';
import { cloudFunctionTransport } from './transport.js';

type EventDefinition = Exclude<Definition, HttpDefinition>;

/** The native sources `eventTransport` builds, by trigger kind: the adapter's `sources` list, grouped. */
export const GCP_EVENT_SOURCES = {
  queue: idsOf('queue'),
  topic: idsOf('topic'),
  storage: idsOf('storage'),
  schedule: idsOf('schedule'),
  stream: idsOf('stream'),
  event: idsOf('event'),
} satisfies EventTransport['sources'];

function idsOf(kind: EventDefinition['kind']): string[] {
  return sources.filter((s) => s.kinds.includes(kind)).map((s) => s.id);
}

/** What each delivery got back from the Functions Framework. */
export interface GcpDeliveryResult {
  /** The input id (message id, event id; a schedule's ISO time). */
  readonly id: string;
  readonly status: number;
  readonly body: string;
}

/**
 * Options of `eventTransport`.
 *
 * @example
 * eventTransport({ logSink: () => {} })
 */
export interface GcpEventTransportOptions {
  readonly logSink?: LogSink;
}

// Push and Scheduler HTTP targets reach an HTTP function; everything else comes through Eventarc.
const HTTP_SOURCES = new Set(sources.filter((s) => s.signature === 'http').map((s) => s.id));

/**
 * Fires GCP-native events at event definitions through the real Functions Framework server on
 * 127.0.0.1: each message, object change, tick, document change or CloudEvent is its own POST
 * (binary-mode CloudEvents, as Eventarc sends; raw push bodies and Scheduler requests to an HTTP
 * function). Settle rule: a 2xx answer acknowledges that input id, anything else redelivers it;
 * with ordering keys, later messages of a key whose message failed are held (not delivered) and
 * reported redelivered, as Pub/Sub ordered delivery does.
 *
 * @example
 * const gcp = eventTransport()
 * const report = await gcp.deliver(orders, { kind: 'message', messages: [{ id: '1', body: '{}' }] }, 'pubsub')
 * await gcp.close()
 */
export function eventTransport(options: GcpEventTransportOptions = {}): EventTransport {
  const servers = new Map<EventDefinition, Map<SignatureType, Promise<Transport>>>();
  const serverFor = (def: EventDefinition, signatureType: SignatureType): Promise<Transport> => {
    const bySignature = servers.get(def) ?? new Map<SignatureType, Promise<Transport>>();
    servers.set(def, bySignature);
    let server = bySignature.get(signatureType);
    if (!server) {
      server = cloudFunctionTransport(def, { signatureType, ...(options.logSink ? { logSink: options.logSink } : {}) });
      bySignature.set(signatureType, server);
    }
    return server;
  };
  return {
    name: 'gcp',
    sources: GCP_EVENT_SOURCES,
    async deliver(def, input, source) {
      const requests = nativeRequests(def, input, source);
      const server = await serverFor(def, HTTP_SOURCES.has(source) ? 'http' : 'cloudevent');
      return settle(server, requests);
    },
    async close() {
      const all = [...servers.values()].flatMap((m) => [...m.values()]);
      servers.clear();
      await Promise.all(all.map(async (s) => (await s).close()));
    },
  };
}

async function settle(server: Transport, requests: readonly NativeRequest[]): Promise<DeliveryReport> {
  const report = { acknowledged: [] as string[], redelivered: [] as string[], results: [] as GcpDeliveryResult[] };
  const blocked = new Set<string>();
  for (const { id, group, request } of requests) {
    // Ordered delivery holds later messages of a key until the failed one is acknowledged:
    // https://cloud.google.com/pubsub/docs/ordering
    if (group !== undefined && blocked.has(group)) {
      report.results.push({ id, status: 0, body: `held: ordering key ${group} has an unacknowledged message` });
      report.redelivered.push(id);
      continue;
    }
    const res = await server.fetch(request);
    const body = await res.text();
    report.results.push({ id, status: res.status, body });
    // Pub/Sub push and Eventarc acknowledge on 2xx and redeliver otherwise: https://cloud.google.com/pubsub/docs/push#receive_push
    const ok = res.status >= 200 && res.status < 300;
    (ok ? report.acknowledged : report.redelivered).push(id);
    if (!ok && group !== undefined) blocked.add(group);
  }
  return report;
}

interface NativeRequest {
  readonly id: string;
  /** Pub/Sub ordering key. */
  readonly group?: string;
  readonly request: Request;
}

function nativeRequests(def: EventDefinition, input: EventInput, source: string): NativeRequest[] {
  const sources: readonly string[] = GCP_EVENT_SOURCES[def.kind];
  if (!sources.includes(source)) {
    throw new DefinitionError(
      `gcp eventTransport: a '${def.kind}' definition takes sources ${sources.join(', ')}, not '${source}'`,
    );
  }
  switch (input.kind) {
    case 'message':
      return input.messages.map((m) => ({
        id: m.id,
        ...(m.groupId === undefined ? {} : { group: m.groupId }),
        request: source === 'pubsub-push' ? pushRequest(m) : toBinaryCloudEventRequest(toPubSubCloudEvent(m)),
      }));
    case 'storage':
      return input.events.map((e) => ({ id: e.id, request: toBinaryCloudEventRequest(toStorageCloudEvent(e)) }));
    case 'schedule':
      return [{ id: input.time.toISOString(), request: scheduleRequest(input.time, source) }];
    case 'stream':
      return input.records.map((r) => ({ id: r.id, request: toBinaryCloudEventRequest(toFirestoreCloudEvent(r)) }));
    case 'event':
      return input.events.map((ce) => ({ id: ce.id, request: toBinaryCloudEventRequest(ce) }));
  }
}

function pushRequest(message: Parameters<typeof toPubSubPushBody>[0]): Request {
  return new Request('http://localhost/', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(toPubSubPushBody(message)),
  });
}

function scheduleRequest(time: Date, source: string): Request {
  if (source === 'scheduler-http') return toSchedulerRequest(time);
  const id = `schedule-${time.getTime()}`;
  return toBinaryCloudEventRequest(toPubSubCloudEvent({ id, body: '', publishedAt: time }));
}
