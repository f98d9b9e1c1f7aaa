// CR/LF in a header name or value set by a handler never reaches a platform as a split header:
// the invocation answers a logged 500 instead (issue 7, item 6). Checked on what each adapter hands
// its platform (the Lambda result JSON, Azure's HttpResponseInit) and on what a client receives.
import { toLambda } from '@faasport/adapter-aws';
import {
  createLambdaContext,
  toAlbEvent,
  toApiGatewayV1Event,
  toApiGatewayV2Event,
} from '@faasport/adapter-aws/testing';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext, toHttpRequest } from '@faasport/adapter-azure/testing';
import { type HttpDefinition, HttpError, http } from '@faasport/core';
import { describe, expect, it, vi } from 'vitest';
import { targets } from './helpers.js';

interface Case {
  readonly name: string;
  readonly def: HttpDefinition;
  /** What the error log line must name. */
  readonly logged: RegExp;
}

const cases: Case[] = [
  {
    name: 'HttpError header value with CR/LF',
    def: http(() => {
      throw new HttpError(401, 'who?', { headers: { 'www-authenticate': 'Basic\r\nset-cookie: evil=1' } });
    }),
    logged: /not valid HTTP/,
  },
  {
    name: 'HttpError header name with CR/LF',
    def: http(() => {
      throw new HttpError(429, 'slow down', { headers: { 'retry-after\r\nset-cookie': 'evil=1' } });
    }),
    logged: /not valid HTTP/,
  },
  {
    name: 'Response header value with a bare LF',
    def: http(() => new Response('x', { headers: { 'x-a': 'v\nset-cookie: evil=1' } })),
    logged: /header|invalid/i,
  },
  {
    // U+010D U+010A: a latin1 writer keeps the low bytes 0x0D 0x0A.
    name: 'Response header value escaping CR/LF above U+00FF',
    def: http(() => new Response('x', { headers: { 'x-a': 'v\u010d\u010aset-cookie: evil=1' } })),
    logged: /ByteString|header/i,
  },
  {
    name: 'Response.json header with CR/LF',
    def: http(() => Response.json({}, { headers: { location: '/a\r\nset-cookie: evil=1' } })),
    logged: /header|invalid/i,
  },
];

const CRLF = /[\r\n]/;

/** Every string the adapter handed its platform as a header, cookie or status description. */
function headerStrings(result: unknown): string[] {
  const out: string[] = [];
  const r = (result ?? {}) as Record<string, unknown>;
  for (const key of ['headers', 'multiValueHeaders']) {
    const record = (r[key] ?? {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(record)) out.push(name, ...[value].flat().map(String));
  }
  for (const cookie of (r.cookies as unknown[] | undefined) ?? []) out.push(JSON.stringify(cookie));
  if (typeof r.statusDescription === 'string') out.push(r.statusDescription);
  return out;
}

function quietStdout(): () => void {
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return () => spy.mockRestore();
}

const awsEvents: [string, (req: Request) => Promise<unknown>][] = [
  ['apigw-v1', (req) => toApiGatewayV1Event(req)],
  ['apigw-v2', (req) => toApiGatewayV2Event(req)],
  ['alb', (req) => toAlbEvent(req, { multiValue: false })],
  ['alb-multi', (req) => toAlbEvent(req, { multiValue: true })],
];

describe.each(awsEvents)('aws %s: the Lambda result carries no CR/LF header', (_shape, toEvent) => {
  it.each(cases)('$name → 500', async ({ def }) => {
    const restore = quietStdout();
    try {
      const result = (await toLambda(def)(
        await toEvent(new Request('https://x.example/a')),
        createLambdaContext(),
      )) as {
        statusCode: number;
      };
      expect(result.statusCode).toBe(500);
      for (const s of headerStrings(result)) expect(s).not.toMatch(CRLF);
      expect(JSON.stringify(result)).not.toContain('evil');
    } finally {
      restore();
    }
  });
});

describe('azure: the HttpResponseInit carries no CR/LF header or cookie', () => {
  const cookieCase: Case = {
    name: 'Set-Cookie value percent-decoding to CR/LF',
    def: http(() => new Response('x', { headers: { 'set-cookie': 'a=x%0D%0ASet-Cookie:%20evil=1; Path=/' } })),
    logged: /control character/,
  };
  it.each([...cases, cookieCase])('$name → 500, logged', async ({ def, logged }) => {
    const { context, logs } = createInvocationContext();
    const init = await toAzureHandler(def)(await toHttpRequest(new Request('https://x.example/a')), context);
    expect(init.status).toBe(500);
    for (const s of headerStrings(init)) expect(s).not.toMatch(CRLF);
    expect(JSON.stringify(init.cookies ?? [])).not.toContain('evil');
    expect(logs.some((l) => l.level === 'error' && logged.test(l.message))).toBe(true);
  });
});

describe.each(targets)('$name: the client sees a 500 and no injected header', (target) => {
  it.each(cases)('$name', async ({ def, logged }) => {
    const out = await target.run(def, new Request('https://x.example/a'));
    expect(out.status).toBe(500);
    expect(out.headers.map(([name]) => name)).not.toContain('set-cookie');
    for (const [name, value] of out.headers) expect(`${name}: ${value}`).not.toMatch(CRLF);
    expect(out.logs.join('\n')).toMatch(logged);
  });

  it('passes a literal %0D%0A cookie value through undecoded, or refuses it (Azure)', async () => {
    const def = http(() => new Response('x', { headers: { 'set-cookie': 'a=x%0D%0Aevil=1' } }));
    const out = await target.run(def, new Request('https://x.example/a'));
    const cookies = out.headers.filter(([name]) => name === 'set-cookie').map(([, v]) => v);
    if (target.name === 'azure') expect(out.status).toBe(500);
    else expect(cookies).toEqual(['a=x%0D%0Aevil=1']);
    for (const value of cookies) expect(value).not.toMatch(CRLF);
  });
});
