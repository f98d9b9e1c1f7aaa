import { Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Definition } from '@faasport/core';
import type { LogSink, Transport } from '@faasport/core/adapter';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { register } from '../register.js';
import type { SignatureType } from '../types.js';
import { forwardRequest } from './forward.js';

/**
 * Options of `cloudFunctionTransport`.
 *
 * @example
 * await cloudFunctionTransport(api, { name: 'api' })
 */
export interface CloudFunctionTransportOptions {
  /** The name to register under; default a fresh unique one. */
  readonly name?: string;
  /** For event definitions: serve as a CloudEvent function (default) or an HTTP function. */
  readonly signatureType?: SignatureType;
  /** Where the function's `ctx.log` lines go. */
  readonly logSink?: LogSink;
}

let registered = 0;

/**
 * Serves a definition through the real Functions Framework server on 127.0.0.1 (registered with
 * `register`, served by FF's `getTestServer`) and sends Web Requests to it over `node:http`. Event
 * definitions are served the same way: post them CloudEvents (`toBinaryCloudEventRequest`,
 * `toStructuredCloudEventRequest`), legacy events or push bodies.
 *
 * @example
 * const gcp = await cloudFunctionTransport(api)
 * const res = await gcp.fetch(new Request('https://api.example.com/hello'))
 * await gcp.close()
 */
export async function cloudFunctionTransport(
  def: Definition,
  options: CloudFunctionTransportOptions = {},
): Promise<Transport> {
  registered += 1;
  const name = options.name ?? `faasport-transport-${registered}`;
  register(name, def, {
    ...(options.signatureType ? { signatureType: options.signatureType } : {}),
    ...(options.logSink ? { logSink: options.logSink } : {}),
  });
  const server = getTestServer(name);
  const port = await listen(server);
  const agent = new Agent({ keepAlive: true });
  return {
    name: 'gcp',
    fetch: (request) => forwardRequest(request, { port, agent }),
    close: () => stop(server, agent),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: Server, agent: Agent): Promise<void> {
  agent.destroy();
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
