// The per-file check of the Azure HTTP trigger payloads, run over the shared corpus (test/corpus/azure-http.test.ts) and
// over the project's own fixtures (test/own-fixtures/azure-http.test.ts): the request the host would hand over reaches
// the handler intact, with the library's real HttpRequest/InvocationContext. A file this check cannot place fails.
import az from '@azure/functions';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext, fromHttpResponse } from '@faasport/adapter-azure/testing';
import { http } from '@faasport/core';
import { expect } from 'vitest';
import { readJson } from '../helpers/fixtures.js';

/** An HTTP trigger capture: its headers (directly or as the host's request metadata), and what App Service auth gives. */
export interface AzureHttpFixture {
  trigger: string;
  headers?: Record<string, string>;
  hostTriggerMetadata?: { Headers?: Record<string, string>; Query?: Record<string, string> };
  decodedClientPrincipal?: unknown;
  expectedUser?: Record<string, string>;
}

/**
 * The request the host would hand over for a capture: its headers, its query, on /api/corpus.
 *
 * @example
 * toInit(readJson(file), 'azure/http/x.json').url // 'http://localhost:7071/api/corpus'
 */
export function toInit(fixture: AzureHttpFixture, name: string) {
  const headers = fixture.headers ?? fixture.hostTriggerMetadata?.Headers;
  if (fixture.trigger !== 'httpTrigger' || !headers) {
    throw new Error(`${name}: not an httpTrigger payload with headers; this suite cannot place it`);
  }
  const host = Object.entries(headers).find(([k]) => k.toLowerCase() === 'host')?.[1] ?? 'localhost:7071';
  const query = new URLSearchParams(fixture.hostTriggerMetadata?.Query ?? {}).toString();
  const url = `http://${host}/api/corpus${query ? `?${query}` : ''}`;
  return { method: 'GET', url, headers, query: fixture.hostTriggerMetadata?.Query ?? {} };
}

/**
 * Checks one HTTP capture: 200 from the handler, no error logged, URL and every header as sent, the App Service user.
 *
 * @example
 * await checkHttpFile('azure/http/browser-get.json', path)
 */
export async function checkHttpFile(name: string, file: string): Promise<void> {
  const fixture = readJson<AzureHttpFixture>(file);
  const init = toInit(fixture, name);
  let seen: { url: string; headers: Record<string, string>; user: unknown } | undefined;
  const def = http((req, ctx) => {
    const raw = ctx.raw as { request: { user: unknown } };
    seen = { url: req.url, headers: Object.fromEntries(req.headers), user: raw.request.user };
    return new Response('ok');
  });
  const { context, logs } = createInvocationContext({ functionName: 'corpus' });
  const result = await toAzureHandler(def)(new az.HttpRequest(init), context);
  const res = await fromHttpResponse(result);
  expect(res.status).toBe(200);
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  expect(seen?.url).toBe(init.url);
  for (const [header, value] of Object.entries(init.headers))
    expect(seen?.headers[header.toLowerCase()], header).toBe(value);
  if (fixture.expectedUser) expect(seen?.user).toMatchObject(fixture.expectedUser);
  if (fixture.decodedClientPrincipal) {
    const principal = seen?.headers['x-ms-client-principal'] ?? '';
    expect(JSON.parse(Buffer.from(principal, 'base64').toString('utf8'))).toEqual(fixture.decodedClientPrincipal);
  }
}
