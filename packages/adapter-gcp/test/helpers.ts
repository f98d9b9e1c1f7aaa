// Shared helpers of the adapter-gcp tests: every request goes through the real Functions Framework
// server (FF's getTestServer) listening on 127.0.0.1.
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Context, type Definition, http } from '@faasport/core';
import { http as registerHttp } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { cloudFunctionTransport } from '../src/testing/index.js';
import type { CloudHttpFunction } from '../src/types.js';

let serial = 0;

/** A name FF accepts, unique in this process. */
export function uniqueName(prefix = 'test'): string {
  serial += 1;
  return `${prefix}-${process.pid}-${serial}`;
}

/** A running FF server for one function; `close` stops it. */
export interface RunningFunction {
  readonly port: number;
  close(): Promise<void>;
}

/** Registers `fn` with FF under a fresh name and serves it on 127.0.0.1. */
export async function serveFunction(fn: CloudHttpFunction, name = uniqueName()): Promise<RunningFunction> {
  registerHttp(name, fn);
  const server: Server = getTestServer(name);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs `body` with a transport for `def`, closing it afterwards. */
export async function withTransport<T>(
  def: Definition,
  body: (fetch: (req: Request) => Promise<Response>) => Promise<T>,
): Promise<T> {
  const transport = await cloudFunctionTransport(def);
  try {
    return await body((req) => transport.fetch(req));
  } finally {
    await transport.close();
  }
}

/** What a raw request got back. */
export interface RawResponse {
  readonly status: number;
  readonly rawHeaders: string[];
  readonly body: Buffer;
}

/** A raw HTTP/1.1 request: headers as a flat `[name, value, …]` list, sent exactly as given. */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: string[]; body?: Uint8Array },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: framed(options.headers ?? ['host', 'example.com'], options.body),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

// With a flat header list Node frames no body by itself for GET: add Content-Length unless framing is given.
function framed(headers: string[], body: Uint8Array | undefined): string[] {
  if (body === undefined) return headers;
  const names = headers.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
  if (names.includes('content-length') || names.includes('transfer-encoding')) return headers;
  return [...headers, 'Content-Length', String(body.byteLength)];
}

/** Everything the handler saw of the Web Request, as JSON. */
export interface Echo {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

/** An HTTP definition that answers with what it received (body as base64). */
export const echo = http(async (req) => {
  const body = Buffer.from(await req.arrayBuffer()).toString('base64');
  const seen: Echo = { method: req.method, url: req.url, headers: [...req.headers], body };
  return Response.json(seen);
});

/** Echo's answer for a request sent through the transport. */
export async function echoOf(res: Response): Promise<Echo & { bytes: Buffer }> {
  const seen = (await res.json()) as Echo;
  return { ...seen, bytes: Buffer.from(seen.body, 'base64') };
}

/** Rejects when `promise` takes longer than `ms`: a missing event fails the test instead of hanging it. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A promise with its resolve function outside. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Collects the log lines a function writes through its `logSink`. */
export function logCapture(): { sink: (level: string, line: string) => void; records(): Record<string, unknown>[] } {
  const lines: string[] = [];
  return {
    sink: (_level, line) => lines.push(line),
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** One of the project's own GCP fixtures (test/fixtures/gcp, written from the platform's docs): `gcpFixture('storage-gcs/finalized-binary.json')`. */
export function gcpFixture<T = Record<string, unknown>>(path: string): T {
  return ownFixture<T>(`gcp/${path}`);
}

/** What a handler was called with, and the context it got. */
export interface Seen<V> {
  readonly value: V;
  readonly ctx: Context;
}

/** A handler that records each call and throws `fail` when given (the message then fails). */
export function recorder<V>(fail?: (value: V) => unknown): {
  seen: Seen<V>[];
  handle: (value: V, ctx: Context) => Promise<void>;
} {
  const seen: Seen<V>[] = [];
  return {
    seen,
    handle: async (value, ctx) => {
      seen.push({ value, ctx });
      const error = fail?.(value);
      if (error) throw error;
    },
  };
}

/**
 * Runs `body` with an FF server for an event definition (CloudEvent signature unless told); `logs()`
 * is every line the function wrote so far, joined.
 */
export async function withEventServer<T>(
  def: Definition,
  body: (fetch: (req: Request) => Promise<Response>, logs: () => string) => Promise<T>,
  options: { signatureType?: 'http' | 'cloudevent' } = {},
): Promise<T> {
  const lines: string[] = [];
  const transport = await cloudFunctionTransport(def, { ...options, logSink: (_level, line) => lines.push(line) });
  try {
    return await body(
      (req) => transport.fetch(req),
      () => lines.join('\n'),
    );
  } finally {
    await transport.close();
  }
}

/** A POST of `body` as JSON (or as given when a string) with the given headers. */
export function postRequest(body: unknown, headers: Record<string, string> = {}, path = '/'): Request {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const all = new Headers({ 'content-type': 'application/json' });
  for (const [name, value] of Object.entries(headers)) all.set(name, value);
  return new Request(`http://localhost${path}`, { method: 'POST', headers: all, body: text });
}

/** The request a `*-binary.json` fixture describes: its headers and its body as JSON. */
export function binaryFixtureRequest(fixture: { headers: Record<string, string>; body: unknown }): Request {
  return postRequest(fixture.body, fixture.headers);
}

/** A structured-mode POST of a whole CloudEvent, byte for byte as given. */
export function structuredRequest(event: unknown): Request {
  return postRequest(event, { 'content-type': 'application/cloudevents+json' });
}

/** Binary-mode headers for a CloudEvent of `type` (Content-Type JSON unless overridden). */
export function ceHeaders(type: string, source: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'application/json',
    'ce-specversion': '1.0',
    'ce-id': 'evt-1',
    'ce-type': type,
    'ce-source': source,
    'ce-time': '2024-05-01T10:00:00.000Z',
    ...extra,
  };
}
