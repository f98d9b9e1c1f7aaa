// Serves one HTTP function through the real Functions Framework (its Express app and middleware,
// as `functions-framework --target` builds it) on 127.0.0.1.
import type { Server } from 'node:http';
import { type HttpFunction, http as registerHttp } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { listen } from './listen.js';

/** Registers `fn`, listens on an ephemeral port of 127.0.0.1; resolves to the server and its port. */
export async function serveThroughFunctionsFramework(fn: HttpFunction): Promise<{ server: Server; port: number }> {
  registerHttp('bench', fn);
  return listen(getTestServer('bench'));
}
