import type { HttpFunction } from '@google-cloud/functions-framework';
import { getRequestListener } from '@hono/node-server';
import { honoApp } from './apps.js';
import { serveThroughFunctionsFramework } from './gcp-serve.js';

/** Hono's Node listener registered as the HTTP function (it reads FF's `rawBody` for POST). */
export function start() {
  return serveThroughFunctionsFramework(getRequestListener(honoApp().fetch) as HttpFunction);
}
