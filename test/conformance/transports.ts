// The transports every scenario runs through: `local` (the definition called directly, the
// reference every adapter is held to) and each adapter's reverse adapter from its `./testing` export.
import { randomUUID } from 'node:crypto';
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

/** What an adapter's `./testing` module exports (checked when it loads). */
interface AwsTesting {
  lambdaTransport(def: HttpDefinition, options: { shape: AwsShape }): Transport | Promise<Transport>;
}
interface GcpTesting {
  cloudFunctionTransport(def: HttpDefinition): Promise<Transport>;
}
interface AzureTesting {
  azureTransport(def: HttpDefinition): Transport | Promise<Transport>;
}

const local: TransportFactory = { name: 'local', provider: 'local', create: async (def) => localTransport(def) };

/**
 * The adapters' transports. Imported by specifier so this file compiles while an adapter's
 * `src/testing/index.ts` does not exist yet; `missingTransports` names those not there.
 */
const ADAPTERS = [
  {
    pkg: 'adapter-aws',
    load: async (): Promise<TransportFactory[]> => {
      const mod = (await importTesting('@faasport/adapter-aws/testing')) as AwsTesting;
      return AWS_SHAPES.map((shape) => ({
        name: `aws:${shape}` as const,
        provider: 'aws' as const,
        create: async (def: HttpDefinition) => mod.lambdaTransport(def, { shape }),
      }));
    },
  },
  {
    pkg: 'adapter-gcp',
    load: async (): Promise<TransportFactory[]> => {
      const mod = (await importTesting('@faasport/adapter-gcp/testing')) as GcpTesting;
      return [{ name: 'gcp', provider: 'gcp', create: (def) => mod.cloudFunctionTransport(def) }];
    },
  },
  {
    pkg: 'adapter-azure',
    load: async (): Promise<TransportFactory[]> => {
      const mod = (await importTesting('@faasport/adapter-azure/testing')) as AzureTesting;
      return [{ name: 'azure', provider: 'azure', create: async (def) => mod.azureTransport(def) }];
    },
  },
];

function importTesting(specifier: string): Promise<unknown> {
  return import(/* @vite-ignore */ specifier);
}

async function hasTestingModule(pkg: string): Promise<boolean> {
  const { existsSync } = await import('node:fs');
  return existsSync(new URL(`../../packages/${pkg}/src/testing/index.ts`, import.meta.url));
}

/**
 * Every transport available now, `local` first, and the adapter packages whose transport is missing.
 *
 * @example
 * const { factories, missing } = await loadTransports()
 */
export async function loadTransports(): Promise<{ factories: TransportFactory[]; missing: string[] }> {
  const factories: TransportFactory[] = [local];
  const missing: string[] = [];
  for (const adapter of ADAPTERS) {
    if (await hasTestingModule(adapter.pkg)) factories.push(...(await adapter.load()));
    else missing.push(adapter.pkg);
  }
  return { factories, missing };
}
