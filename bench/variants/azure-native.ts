import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { type AzureInput, invokeLikeHost } from './azure-host.js';

/** The tiny API of apps.ts as a raw v4 handler. */
async function nativeHandler(request: HttpRequest): Promise<HttpResponseInit> {
  if (request.method === 'POST') {
    const body = (await request.json()) as { items: unknown[] };
    return { status: 201, jsonBody: { count: body.items.length } };
  }
  const id = new URL(request.url).pathname.split('/').pop();
  return { jsonBody: { id, expand: request.query.get('expand') } };
}

export function create(input: AzureInput) {
  return () => invokeLikeHost(nativeHandler, input);
}
