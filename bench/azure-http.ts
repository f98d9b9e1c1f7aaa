// Azure Functions v4 HTTP: added time per invocation of toAzureHandler against a raw v4 handler (the
// floor) and @marplex/hono-azurefunc-adapter, through the library's real HttpRequest,
// InvocationContext and HttpResponse, each variant bundled and run in its own worker thread.
import { jsonBody1k } from './events.js';
import type { IsolatedVariant } from './isolated.js';
import type { Comparison } from './report.js';
import type { AzureInput } from './variants/azure-host.js';

export const AZURE_FLOOR = 'raw v4 handler (floor)';

export const azureVariants: IsolatedVariant[] = [
  { name: AZURE_FLOOR, module: 'azure-native.ts' },
  { name: 'faasport toAzureHandler', module: 'azure-faasport.ts' },
  { name: 'faasport toAzureHandler + Hono app', module: 'azure-faasport-hono.ts' },
  { name: '@marplex/hono-azurefunc-adapter', module: 'azure-hono.ts' },
];

export const azureComparisons: Comparison[] = [
  { ours: 'faasport toAzureHandler', peer: '@marplex/hono-azurefunc-adapter', target: 1 / 2 },
  // The same Hono app behind both adapters: Hono's own routing and Context cost sits in both.
  { ours: 'faasport toAzureHandler + Hono app', peer: '@marplex/hono-azurefunc-adapter' },
];

const headers = {
  accept: 'application/json',
  host: 'bench.azurewebsites.net',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bench',
  'x-forwarded-for': '203.0.113.7:51234',
  'x-arr-ssl': 'true',
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
};

/**
 * Each case: a name and the request as the host delivers it. Paths carry no `/api` prefix (host.json
 * `extensions.http.routePrefix: ""`, as Hono apps on Azure are usually deployed) so one app serves all.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook#hostjson-settings
 */
export const azureInputs: [string, AzureInput][] = [
  [
    'Azure v4 GET',
    {
      method: 'GET',
      url: 'https://bench.azurewebsites.net/items/42?expand=owner&fields=a&fields=b',
      headers,
      query: { expand: 'owner', fields: 'a,b' },
    },
  ],
  [
    'Azure v4 POST 1 KB JSON',
    {
      method: 'POST',
      url: 'https://bench.azurewebsites.net/items',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(jsonBody1k.length) },
      query: {},
      body: jsonBody1k,
    },
  ],
];
