// AWS HTTP: per-invocation cost of toLambda on API Gateway v2 events, against a hand-written
// native handler (the floor) and hono/aws-lambda's handle() on the same events and app logic.
import { toLambda } from '@faasport/adapter-aws';
import { http } from '@faasport/core';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { apiGatewayV2Get, apiGatewayV2Post, lambdaContext } from './events.js';
import type { Variant } from './lib.js';

type V2Event = ReturnType<typeof apiGatewayV2Get> & { body?: string };

// The same logic three ways: native, Web Request/Response, Hono.
const nativeHandler = async (event: V2Event) => {
  if (event.requestContext.http.method === 'POST') {
    const body = JSON.parse(event.body ?? '{}') as { items: unknown[] };
    return {
      statusCode: 201,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count: body.items.length }),
    };
  }
  const id = event.rawPath.split('/').pop();
  const expand = new URLSearchParams(event.rawQueryString).get('expand');
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, expand }) };
};

const webHandler = async (req: Request) => {
  if (req.method === 'POST') {
    const body = (await req.json()) as { items: unknown[] };
    return Response.json({ count: body.items.length }, { status: 201 });
  }
  const url = new URL(req.url);
  return Response.json({ id: url.pathname.split('/').pop(), expand: url.searchParams.get('expand') });
};

const app = new Hono();
app.get('/items/:id', (c) => c.json({ id: c.req.param('id'), expand: c.req.query('expand') ?? null }));
app.post('/items', async (c) => c.json({ count: ((await c.req.json()) as { items: unknown[] }).items.length }, 201));

const faasport = toLambda(http(webHandler));
const faasportHono = toLambda(http(app));
const hono = handle(app);

export function awsHttpCases(): { name: string; floor: string; variants: Variant[] }[] {
  const ctx = lambdaContext();
  const cases: [string, () => V2Event][] = [
    ['API Gateway v2 GET', apiGatewayV2Get],
    ['API Gateway v2 POST 1 KB JSON', apiGatewayV2Post as unknown as () => V2Event],
  ];
  return cases.map(([name, make]) => {
    const event = make();
    return {
      name,
      floor: 'native handler (floor)',
      variants: [
        { name: 'native handler (floor)', run: () => nativeHandler(event) },
        { name: 'faasport toLambda', run: () => faasport(event, ctx as never) },
        { name: 'faasport toLambda + Hono app', run: () => faasportHono(event, ctx as never) },
        { name: 'hono/aws-lambda handle', run: () => hono(event as never, ctx as never) },
      ],
    };
  });
}
