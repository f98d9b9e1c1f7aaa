// The same tiny API four ways: native Lambda, Web Request/Response, Hono, Node (req, res).
// GET /items/:id?expand=… → {id, expand}; POST /items {items: […]} → 201 {count}.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono } from 'hono';

interface AnyHttpEvent {
  httpMethod?: string;
  path?: string;
  rawPath?: string;
  rawQueryString?: string;
  body?: string | null;
  queryStringParameters?: Record<string, string> | null;
  multiValueQueryStringParameters?: Record<string, string[]> | null;
  requestContext: { http?: { method: string } };
}

const json = { 'content-type': 'application/json' };

export async function nativeHandler(event: AnyHttpEvent) {
  const method = event.requestContext.http?.method ?? event.httpMethod;
  if (method === 'POST') {
    const body = JSON.parse(event.body ?? '{}') as { items: unknown[] };
    return { statusCode: 201, headers: json, body: JSON.stringify({ count: body.items.length }) };
  }
  const path = event.rawPath ?? event.path ?? '';
  const expand =
    event.rawQueryString !== undefined
      ? new URLSearchParams(event.rawQueryString).get('expand')
      : (event.multiValueQueryStringParameters?.expand?.[0] ?? null);
  return { statusCode: 200, headers: json, body: JSON.stringify({ id: path.split('/').pop(), expand }) };
}

export async function webHandler(req: Request): Promise<Response> {
  if (req.method === 'POST') {
    const body = (await req.json()) as { items: unknown[] };
    return Response.json({ count: body.items.length }, { status: 201 });
  }
  const url = new URL(req.url);
  return Response.json({ id: url.pathname.split('/').pop(), expand: url.searchParams.get('expand') });
}

export function honoApp(): Hono {
  const app = new Hono();
  app.get('/items/:id', (c) => c.json({ id: c.req.param('id'), expand: c.req.query('expand') ?? null }));
  app.post('/items', async (c) => c.json({ count: ((await c.req.json()) as { items: unknown[] }).items.length }, 201));
  return app;
}

export function nodeHandler(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'POST') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { items: unknown[] };
      res.writeHead(201, json);
      res.end(JSON.stringify({ count: body.items.length }));
    });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://x');
  res.writeHead(200, json);
  res.end(JSON.stringify({ id: url.pathname.split('/').pop(), expand: url.searchParams.get('expand') }));
}
