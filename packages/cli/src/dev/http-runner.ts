import { lambdaTransport } from '@faasport/adapter-aws/testing';
import { azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import type { HttpDefinition } from '@faasport/core';
import { invoke, runHttp } from '@faasport/core/adapter';
import type { DevProvider } from './deliverer.js';
import { createLocalContext } from './local-context.js';

/** Serves one HTTP definition through one provider. */
export interface HttpRunner {
  fetch(request: Request, invocationId: string): Promise<Response>;
  close(): Promise<void>;
}

function localRunner(name: string, def: HttpDefinition): HttpRunner {
  let cold = true;
  return {
    fetch(request, invocationId) {
      const ctx = createLocalContext({
        functionName: name,
        invocationId,
        coldStart: cold,
        raw: request,
        ...(def.options.timeoutSeconds === undefined ? {} : { timeoutSeconds: def.options.timeoutSeconds }),
      });
      cold = false;
      // Core's engine, as on every cloud: the context is current (currentContext()), the deadline is watched and
      // logged, and runHttp runs pending onInit hooks itself.
      return invoke({ context: ctx, run: (c) => runHttp(def, request, c), deadline: {}, init: 'in-run' });
    },
    close: async () => {},
  };
}

/**
 * Serves an HTTP definition the way the chosen provider runs it: `local` calls core's `runHttp` with
 * a local context; `aws` goes through an HTTP API (payload 2.0) event and `toLambda`; `gcp` through
 * a real Functions Framework server on 127.0.0.1; `azure` through `@azure/functions`' own
 * registration and invocation path.
 *
 * @example
 * const runner = await createHttpRunner('hello', hello, 'gcp'); await runner.fetch(request, id); await runner.close()
 */
export async function createHttpRunner(name: string, def: HttpDefinition, provider: DevProvider): Promise<HttpRunner> {
  if (provider === 'local') return localRunner(name, def);
  const transport =
    provider === 'aws'
      ? lambdaTransport(def, { shape: 'apigw-v2', functionName: name })
      : provider === 'gcp'
        ? await cloudFunctionTransport(def)
        : azureTransport(def, { name });
  return { fetch: (request) => transport.fetch(request), close: () => transport.close() };
}
