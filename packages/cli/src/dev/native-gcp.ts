import { cloudFunctionTransport, sources, toStructuredCloudEventRequest } from '@faasport/adapter-gcp/testing';
import type { CloudEvent, Definition } from '@faasport/core';
import type { Transport } from '@faasport/core/adapter';
import { GCP_TYPES } from './detect-gcp.js';
import type { FireResult } from './fire-result.js';
import type { NativeEvent } from './native-event.js';

type Json = Record<string, unknown>;
type Signature = 'http' | 'cloudevent';

function post(body: unknown, headers: Record<string, string>): Request {
  const all = new Headers({ 'content-type': 'application/json' });
  for (const [k, v] of Object.entries(headers)) all.set(k, v);
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Request('http://localhost/', { method: 'POST', headers: all, body: text });
}

// A data-only file gets the envelope Eventarc would put around it (binary mode, as Cloud Run receives it).
function envelope(data: Json, type: string): Record<string, string> {
  const time = new Date().toISOString();
  const base = { 'ce-specversion': '1.0', 'ce-id': `faasport-${Date.now()}`, 'ce-type': type, 'ce-time': time };
  if (type === GCP_TYPES.storage) {
    return {
      ...base,
      'ce-source': `//storage.googleapis.com/projects/_/buckets/${String(data.bucket)}`,
      'ce-subject': `objects/${String(data.name)}`,
    };
  }
  if (type === GCP_TYPES.firestore) {
    const doc = String((data.value as Json | undefined)?.name ?? (data.oldValue as Json | undefined)?.name ?? '');
    const path = doc.split('/documents/')[1] ?? 'faasport/doc';
    return {
      ...base,
      'ce-source': '//firestore.googleapis.com/projects/faasport/databases/(default)',
      'ce-subject': `documents/${path}`,
    };
  }
  if (type === GCP_TYPES.scheduler) {
    return { ...base, 'ce-source': '//cloudscheduler.googleapis.com/projects/faasport/locations/l/jobs/faasport' };
  }
  return { ...base, 'ce-source': '//cloudaudit.googleapis.com/projects/faasport/logs/activity' };
}

// The signature the adapter's list of sources gives a source id.
function signatureOf(id: string): Signature {
  return sources.find((s) => s.id === id)?.signature ?? 'cloudevent';
}

/**
 * The POST that Cloud Run functions receive for a recognised GCP payload, and the Functions Framework
 * signature that takes it (Pub/Sub push subscriptions target HTTP functions, everything else CloudEvent functions).
 *
 * @example
 * const { request, signature } = toGcpRequest(detectNative(fixture))
 */
export function toGcpRequest(native: NativeEvent): { request: Request; signature: Signature } {
  const ceType = native.type ?? '';
  const json = native.payload as Json;
  switch (native.shape) {
    case 'cloudevent-binary':
      return { request: post(json.body, json.headers as Record<string, string>), signature: 'cloudevent' };
    case 'cloudevent-structured':
      return { request: toStructuredCloudEventRequest(json as unknown as CloudEvent), signature: 'cloudevent' };
    case 'pubsub-push':
      return { request: post(json, {}), signature: signatureOf('pubsub-push') };
    case 'cloudevent-data':
      return { request: post(json, envelope(json, ceType)), signature: 'cloudevent' };
    default:
      return { request: post(json, {}), signature: 'cloudevent' };
  }
}

/**
 * Real Functions Framework servers on 127.0.0.1, one per definition and signature, kept until `close()`.
 *
 * @example
 * const servers = new GcpServers(); await servers.deliver('orders', orders, native); await servers.close()
 */
export class GcpServers {
  readonly #servers = new Map<Definition, Map<Signature, Promise<Transport>>>();

  #serverFor(def: Definition, signature: Signature): Promise<Transport> {
    const bySignature = this.#servers.get(def) ?? new Map<Signature, Promise<Transport>>();
    this.#servers.set(def, bySignature);
    let server = bySignature.get(signature);
    if (!server) {
      server = cloudFunctionTransport(def, def.kind === 'http' ? {} : { signatureType: signature });
      bySignature.set(signature, server);
    }
    return server;
  }

  /**
   * Posts a recognised GCP payload to the definition's Functions Framework server: 2xx is `ok`, anything else `failed`.
   *
   * @example
   * await servers.deliver('orders', orders, detectNative(pushBody))
   */
  async deliver(name: string, def: Definition, native: NativeEvent): Promise<FireResult> {
    const { request, signature } = toGcpRequest(native);
    const server = await this.#serverFor(def, signature);
    const res = await server.fetch(request);
    const body = await res.text();
    const ok = res.status >= 200 && res.status < 300;
    return {
      function: name,
      provider: 'gcp',
      via: `gcp ${native.shape} (native)`,
      outcome: ok ? 'ok' : 'failed',
      results: [{ status: res.status, body }],
    };
  }

  async close(): Promise<void> {
    const all = [...this.#servers.values()].flatMap((m) => [...m.values()]);
    this.#servers.clear();
    await Promise.all(all.map(async (s) => (await s).close()));
  }
}
