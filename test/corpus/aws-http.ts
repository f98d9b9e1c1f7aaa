// The per-file check of the AWS HTTP payloads, run over the shared corpus (test/corpus/aws-http.test.ts) and over the
// project's own fixtures (test/own-fixtures/aws-http.test.ts): each event goes through toLambda(http(echo)); the result
// must have the event's own shape, and what the handler saw must match the event, computed here from the JSON
// independently of the adapter. Traps must give their typed error; a folder no rule places fails.
import { toLambda } from '@faasport/adapter-aws';
import { http, UnsupportedEventError } from '@faasport/core';
import { afterAll, beforeAll, expect, it, type MockInstance, vi } from 'vitest';
import { readJson } from '../helpers/fixtures.js';

type Json = Record<string, unknown>;
type Kind = 'apigw-v1' | 'apigw-v2' | 'function-url' | 'alb' | 'lambda-edge';

interface Echo {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

const echo = http(async (req) => {
  const body = Buffer.from(await req.arrayBuffer()).toString('base64');
  return Response.json({ method: req.method, url: req.url, headers: [...req.headers], body } satisfies Echo);
});
const handler = toLambda(echo);
const context = {
  functionName: 'corpus',
  awsRequestId: 'corpus-request',
  getRemainingTimeInMillis: () => 30_000,
};

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d+)?$/;

function kindOf(name: string): Kind {
  const folder = name.split('/')[1];
  switch (folder) {
    case 'http-apigw-v1':
      return 'apigw-v1';
    case 'http-apigw-v2':
      return 'apigw-v2';
    case 'http-function-url':
      return 'function-url';
    case 'http-alb':
      return 'alb';
    case 'http-lambda-edge':
      return 'lambda-edge';
    default:
      throw new Error(`the AWS HTTP check cannot place ${name} (folder ${folder})`);
  }
}

function obj(value: unknown): Json {
  return value && typeof value === 'object' ? (value as Json) : {};
}

/** Header map the platform delivered, names lower-cased, repeated values as a list. */
function eventHeaders(event: Json): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const multi = event.multiValueHeaders;
  const source = multi && typeof multi === 'object' ? obj(multi) : obj(event.headers);
  for (const [name, value] of Object.entries(source)) {
    const list = Array.isArray(value) ? value.map(String) : [String(value)];
    out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), ...list]);
  }
  return out;
}

function expectedHost(event: Json, headers: Map<string, string[]>): string {
  return headers.get('host')?.[0] ?? (obj(event.requestContext).domainName as string | undefined) ?? 'localhost';
}

function expectedMethod(kind: Kind, event: Json): string {
  return kind === 'apigw-v1' || kind === 'alb'
    ? String(event.httpMethod)
    : String(obj(obj(event.requestContext).http).method);
}

function expectedPath(kind: Kind, event: Json): string {
  return kind === 'apigw-v2' || kind === 'function-url' ? String(event.rawPath) : String(event.path);
}

/** Decoded query pairs in order. */
function expectedQuery(kind: Kind, event: Json): [string, string][] {
  if (kind === 'apigw-v2' || kind === 'function-url')
    return [...new URLSearchParams(String(event.rawQueryString ?? ''))];
  const multi = event.multiValueQueryStringParameters;
  const pairs: [string, string][] = [];
  if (multi && typeof multi === 'object') {
    for (const [k, values] of Object.entries(obj(multi))) for (const v of values as string[]) pairs.push([k, v]);
  } else {
    for (const [k, v] of Object.entries(obj(event.queryStringParameters))) pairs.push([k, String(v)]);
  }
  if (kind === 'apigw-v1') return pairs;
  // ALB values are still percent-encoded, `+` meaning a space.
  return pairs.map(([k, v]) => [...new URLSearchParams(`${k}=${v}`)][0] as [string, string]);
}

function expectedBody(method: string, event: Json): Buffer {
  const body = typeof event.body === 'string' ? event.body : '';
  if (method === 'GET' || method === 'HEAD') return Buffer.alloc(0);
  return event.isBase64Encoded === true ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
}

function isBadBase64(event: Json): boolean {
  return event.isBase64Encoded === true && typeof event.body === 'string' && !STRICT_BASE64.test(event.body);
}

function resultKeys(kind: Kind, event: Json, result: Json): void {
  if (kind === 'alb') {
    expect(result.statusDescription).toMatch(/^\d{3} /);
    const multi = event.multiValueHeaders !== undefined && event.multiValueHeaders !== null;
    expect(result.multiValueHeaders !== undefined).toBe(multi);
    expect(result.headers !== undefined).toBe(!multi);
  } else {
    expect(result).not.toHaveProperty('statusDescription');
    expect(typeof result.headers).toBe('object');
    if (kind !== 'apigw-v1') expect(result).not.toHaveProperty('multiValueHeaders');
  }
}

/** Runs the HTTP check over one file (`name` is `aws/<folder>/<file>.json`); `logged` holds the captured stdout. */
export async function checkAwsHttpFile(name: string, file: string, logged: string[]): Promise<void> {
  const kind = kindOf(name);
  const event = readJson<Json>(file);
  if (kind === 'lambda-edge') {
    await expect(handler(event, context)).rejects.toThrow(UnsupportedEventError);
    return;
  }
  const headers = eventHeaders(event);
  const result = obj(await handler(event, context));
  resultKeys(kind, event, result);
  if (isBadBase64(event) || !HOST.test(expectedHost(event, headers))) {
    expect(result.statusCode).toBe(400);
    expect(result.body).toBe('Bad Request');
    expect(logged.at(-1)).toMatch(isBadBase64(event) ? /not valid base64/ : /invalid host/);
    return;
  }
  expect(result.statusCode).toBe(200);
  const seen = JSON.parse(String(result.body)) as Echo;
  const method = expectedMethod(kind, event);
  const url = new URL(seen.url);
  expect(seen.method).toBe(method);
  expect(url.host).toBe(expectedHost(event, headers).toLowerCase());
  expect(url.pathname).toBe(new URL(expectedPath(kind, event), 'https://x').pathname);
  expect([...url.searchParams]).toEqual(expectedQuery(kind, event));
  expect(Buffer.from(seen.body, 'base64').equals(expectedBody(method, event))).toBe(true);
  const got = new Headers(seen.headers);
  for (const [header, values] of headers) {
    const joined = values.join(header === 'cookie' ? '; ' : ', ');
    const want = header === 'cookie' && Array.isArray(event.cookies) ? [joined, ...event.cookies].join('; ') : joined;
    expect(Buffer.from(got.get(header) ?? '', 'latin1').toString('utf8'), header).toBe(want);
  }
  if (Array.isArray(event.cookies) && event.cookies.length > 0 && !headers.has('cookie')) {
    expect(got.get('cookie')).toBe(event.cookies.join('; '));
  }
}

/**
 * Declares one test per file running `checkAwsHttpFile`, with stdout captured (the adapter logs malformed input as WARN).
 *
 * @example
 * awsHttpTests(listOwnFixtures('aws', 'http-').map((f) => [ownFixtureName(f), f]))
 */
export function awsHttpTests(files: [name: string, path: string][]): void {
  const logged: string[] = [];
  let write: MockInstance | undefined;
  beforeAll(() => {
    write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
  });
  afterAll(() => write?.mockRestore());

  it.each(files)('%s', (name, file) => checkAwsHttpFile(name, file, logged));
}
