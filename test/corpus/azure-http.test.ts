// Every Azure HTTP payload of the shared corpus, through the adapter with the library's real
// HttpRequest/InvocationContext. A file this suite cannot place fails it (fixtures README).
import az from '@azure/functions';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext, fromHttpResponse } from '@faasport/adapter-azure/testing';
import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusName, listCorpus, readJson } from '../helpers/fixtures.js';

interface AzureHttpFixture {
  trigger: string;
  headers?: Record<string, string>;
  hostTriggerMetadata?: { Headers?: Record<string, string>; Query?: Record<string, string> };
  decodedClientPrincipal?: unknown;
  expectedUser?: Record<string, string>;
}

const files = listCorpus('azure', 'http');

/** The request the host would hand over for a fixture: its headers, its query, on /api/corpus. */
function toInit(fixture: AzureHttpFixture, file: string) {
  const headers = fixture.headers ?? fixture.hostTriggerMetadata?.Headers;
  if (fixture.trigger !== 'httpTrigger' || !headers) {
    throw new Error(`${corpusName(file)}: not an httpTrigger payload with headers; this suite cannot place it`);
  }
  const host = Object.entries(headers).find(([k]) => k.toLowerCase() === 'host')?.[1] ?? 'localhost:7071';
  const query = new URLSearchParams(fixture.hostTriggerMetadata?.Query ?? {}).toString();
  const url = `http://${host}/api/corpus${query ? `?${query}` : ''}`;
  return { method: 'GET', url, headers, query: fixture.hostTriggerMetadata?.Query ?? {} };
}

describe('azure http corpus', () => {
  it('finds the azure http corpus (outside CI a missing corpus is reported, not failed)', () => {
    if (corpusAvailable()) {
      expect(files.length).toBeGreaterThan(0);
    } else {
      console.warn('azure http corpus: ../shared/fixtures is missing; corpus cases not run');
      expect(process.env.CI).not.toBe('true');
    }
  });

  it.each(files.map((f) => [corpusName(f), f]))('%s reaches the handler intact', async (_name, file) => {
    const fixture = readJson<AzureHttpFixture>(file);
    const init = toInit(fixture, file);
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
    for (const [name, value] of Object.entries(init.headers))
      expect(seen?.headers[name.toLowerCase()], name).toBe(value);
    if (fixture.expectedUser) expect(seen?.user).toMatchObject(fixture.expectedUser);
    if (fixture.decodedClientPrincipal) {
      const principal = seen?.headers['x-ms-client-principal'] ?? '';
      expect(JSON.parse(Buffer.from(principal, 'base64').toString('utf8'))).toEqual(fixture.decodedClientPrincipal);
    }
  });
});
