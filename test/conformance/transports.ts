// The transports every scenario runs through: `local` (the definition called directly, the
// reference every adapter is held to) and each adapter's reverse adapter from its `./testing` export.
import { randomUUID } from 'node:crypto';
import { lambdaTransport } from '@faasport/adapter-aws/testing';
import { azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import type { HttpDefinition, Provider } from '@faasport/core';
import { coldStartFlag, createContext, createLogger, runHttp, type Transport } from '@faasport/core/adapter';

/** The Lambda event shapes the AWS transport can send. */
export const AWS_SHAPES = ['apigw-v1', 'apigw-v2', 'function-url', 'alb', 'alb-multi', 'function-url-stream'] as const;
export type AwsShape = (typeof AWS_SHAPES)[number];

/** The name of every transport, as its `Transport.name` reports it. */
export type TransportName = 'local' | `aws:${AwsShape}` | 'gcp' | 'azure';

/** Makes a fresh transport for one definition. */
export interface TransportFactory {
  readonly name: TransportName;
  /** What `ctx.provider` must be inside the handler. */
  readonly provider: Provider;
  create(def: HttpDefinition): Promise<Transport>;
}

/** Log lines the local transport wrote, newest last: the error scenarios read them. */
export const localLogLines: string[] = [];

/**
 * Calls the definition directly through core's `runHttp`, with a `local` context: what every
 * adapter must be indistinguishable from.
 *
 * @example
 * const res = await localTransport(http(echoHandler)).fetch(new Request('http://x/'))
 */
export function localTransport(def: HttpDefinition): Transport {
  const isCold = coldStartFlag();
  return {
    name: 'local',
    async fetch(request) {
      const invocationId = randomUUID();
      const log = createLogger({ format: 'json', invocationId, sink: (_level, line) => localLogLines.push(line) });
      const timeout = def.options.timeoutSeconds;
      const deadline = timeout === undefined ? undefined : Date.now() + timeout * 1000;
      const ctx = createContext({
        provider: 'local',
        functionName: 'conformance',
        invocationId,
        coldStart: isCold(),
        log,
        raw: request,
        ...(deadline === undefined ? {} : { deadline }),
      });
      try {
        return await runHttp(def, request, ctx);
      } finally {
        ctx.dispose();
      }
    },
    async close() {},
  };
}

const local: TransportFactory = { name: 'local', provider: 'local', create: async (def) => localTransport(def) };

const aws: TransportFactory[] = AWS_SHAPES.map((shape) => ({
  name: `aws:${shape}` as const,
  provider: 'aws' as const,
  create: async (def: HttpDefinition) => lambdaTransport(def, { shape }),
}));

const gcp: TransportFactory = { name: 'gcp', provider: 'gcp', create: (def) => cloudFunctionTransport(def) };

const azure: TransportFactory = { name: 'azure', provider: 'azure', create: async (def) => azureTransport(def) };

/** Every transport, `local` first. */
export const transportFactories: readonly TransportFactory[] = [local, ...aws, gcp, azure];
